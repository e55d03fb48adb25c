namespace VmoKernel.Abi;

/// <summary>Control call: a new empty process; its value is the process's koid.</summary>
public sealed record ProcessCreate : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("process_create", ValueShape.Integer, [], _ => new ProcessCreate()) with { CreatesProcess = true };

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
