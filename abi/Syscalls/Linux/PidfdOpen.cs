using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>pidfd_open(pid, flags) -> a new descriptor naming the process.</summary>
public sealed record PidfdOpen(uint Pid, uint Flags) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("pidfd_open", ValueShape.Integer,
        [P.Word32("pid"), P.Word32("flags")],
        a => new PidfdOpen(a.Word32(0), a.Word32(1)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Pid, Flags];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
