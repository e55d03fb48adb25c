using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>Control call: the /proc/self/smaps VmFlags of the VMA holding addr, as 0/1 fields (L-20).</summary>
public sealed record Smaps(ulong Addr) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("smaps", ValueShape.Record,
        [P.Word64("addr")],
        a => new Smaps(a.Word64(0)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Addr];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
