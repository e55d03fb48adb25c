using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>ioctl(uffd, UFFDIO_ZEROPAGE, {range, mode}) -> zeropage, the bytes installed (L-13).</summary>
public sealed record UffdioZeropage(uint Uffd, ulong Start, ulong Length, ulong Mode) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("ioctl_uffdio_zeropage", ValueShape.Integer,
        [P.Word32("uffd"), P.Word64("start"), P.Word64("len"), P.Word64("mode")],
        a => new UffdioZeropage(a.Word32(0), a.Word64(1), a.Word64(2), a.Word64(3))) with
    { ValuedFailure = Status.Eagain };

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Uffd, Start, Length, Mode];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
