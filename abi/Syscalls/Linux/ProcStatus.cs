namespace VmoKernel.Abi;

/// <summary>Control call: <c>{VmRSS, VmLck}</c> of /proc/self/status in bytes (L-20).</summary>
public sealed record ProcStatus : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("proc_status", ValueShape.Record,
        [],
        _ => new ProcStatus());

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
