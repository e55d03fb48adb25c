namespace VmoKernel.Abi;

/// <summary>fork() -> the child's pid; <c>NAME = fork()</c> names the child for <c>process NAME</c> (L-16).</summary>
public sealed record Fork : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("fork", ValueShape.Integer,
        [],
        _ => new Fork()) with
    { CreatesProcess = true };

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
