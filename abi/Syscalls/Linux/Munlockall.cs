namespace VmoKernel.Abi;

/// <summary>munlockall(): clears VM_LOCKED everywhere and ends MCL_FUTURE.</summary>
public sealed record Munlockall : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("munlockall", ValueShape.None,
        [],
        _ => new Munlockall());

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
