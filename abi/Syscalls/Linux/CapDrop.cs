using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>Control call: the current process loses a capability (L-14).</summary>
public sealed record CapDrop(uint Capability) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("cap_drop", ValueShape.None,
        [P.Word32("cap")],
        a => new CapDrop(a.Word32(0)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Capability];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
