using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>write(fd, addr, count) -> bytes moved from user memory at addr into a pipe (L-9, L-19).</summary>
public sealed record FdWrite(uint Fd, ulong Addr, ulong Count) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("write", ValueShape.Integer,
        [P.Word32("fd"), P.Word64("addr"), P.Word64("count")],
        a => new FdWrite(a.Word32(0), a.Word64(1), a.Word64(2)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Fd, Addr, Count];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
