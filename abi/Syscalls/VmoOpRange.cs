using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_vmo_op_range(vmo, op, offset, size); the LOCK buffer is always large enough (the scenario form has no buffer).</summary>
public sealed record VmoOpRange(uint Vmo, uint Op, ulong Offset, ulong Size) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_vmo_op_range", ValueShape.Varies,
        [P.Handle("vmo", HandleTarget.Vmo), P.Word32("op"), P.Word64("offset"), P.Word64("size")],
        a => new VmoOpRange(a.Word32(0), a.Word32(1), a.Word64(2), a.Word64(3)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Vmo, Op, Offset, Size];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
