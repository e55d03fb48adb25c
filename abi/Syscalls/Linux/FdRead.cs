using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>read(fd, addr, count) -> bytes moved from a pipe into user memory at addr, a syscall touching user memory (L-9, L-19).</summary>
public sealed record FdRead(uint Fd, ulong Addr, ulong Count) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("read", ValueShape.Integer,
        [P.Word32("fd"), P.Word64("addr"), P.Word64("count")],
        a => new FdRead(a.Word32(0), a.Word64(1), a.Word64(2)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Fd, Addr, Count];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
