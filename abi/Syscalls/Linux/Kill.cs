using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>kill(pid, sig): only SIGKILL; the process ends and is reaped at once (L-14).</summary>
public sealed record Kill(uint Pid, uint Signal) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("kill", ValueShape.None,
        [P.Word32("pid"), P.Word32("sig")],
        a => new Kill(a.Word32(0), a.Word32(1)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Pid, Signal];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
