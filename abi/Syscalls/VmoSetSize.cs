using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_vmo_set_size(vmo, size).</summary>
public sealed record VmoSetSize(uint Vmo, ulong Size) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_vmo_set_size", ValueShape.None,
        [P.Handle("vmo", HandleTarget.Vmo), P.Word64("size")],
        a => new VmoSetSize(a.Word32(0), a.Word64(1)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Vmo, Size];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
