using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>ioctl(uffd, UFFDIO_UNREGISTER, range): unregisters and wakes the range's waiters (L-13).</summary>
public sealed record UffdioUnregister(uint Uffd, ulong Start, ulong Length) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("ioctl_uffdio_unregister", ValueShape.None,
        [P.Word32("uffd"), P.Word64("start"), P.Word64("len")],
        a => new UffdioUnregister(a.Word32(0), a.Word64(1), a.Word64(2)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Uffd, Start, Length];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
