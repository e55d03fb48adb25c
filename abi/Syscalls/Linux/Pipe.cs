namespace VmoKernel.Abi;

/// <summary>pipe() -> the list (read_fd, write_fd) (L-19).</summary>
public sealed record Pipe : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("pipe", ValueShape.Varies,
        [],
        _ => new Pipe());

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
