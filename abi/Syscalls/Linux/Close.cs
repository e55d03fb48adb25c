using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>close(fd): the last close of a uffd unregisters everything and wakes its waiters (L-13).</summary>
public sealed record Close(uint Fd) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("close", ValueShape.None,
        [P.Word32("fd")],
        a => new Close(a.Word32(0)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Fd];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
