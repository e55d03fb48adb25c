using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>ioctl(uffd, UFFDIO_REGISTER, {range, mode}) -> <c>{ioctls}</c> (L-11).</summary>
public sealed record UffdioRegister(uint Uffd, ulong Start, ulong Length, ulong Mode) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("ioctl_uffdio_register", ValueShape.Record,
        [P.Word32("uffd"), P.Word64("start"), P.Word64("len"), P.Word64("mode")],
        a => new UffdioRegister(a.Word32(0), a.Word64(1), a.Word64(2), a.Word64(3)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Uffd, Start, Length, Mode];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
