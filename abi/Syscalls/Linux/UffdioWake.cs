using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>ioctl(uffd, UFFDIO_WAKE, range): wakes the threads waiting in the range, which retry (L-13).</summary>
public sealed record UffdioWake(uint Uffd, ulong Start, ulong Length) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("ioctl_uffdio_wake", ValueShape.None,
        [P.Word32("uffd"), P.Word64("start"), P.Word64("len")],
        a => new UffdioWake(a.Word32(0), a.Word64(1), a.Word64(2)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Uffd, Start, Length];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
