using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_vmo_create_child(vmo, options, offset, size).</summary>
public sealed record VmoCreateChild(uint Vmo, uint Options, ulong Offset, ulong Size) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_vmo_create_child", ValueShape.Integer,
        [P.Handle("vmo", HandleTarget.Vmo), P.Word32("options"), P.Word64("offset"), P.Word64("size")],
        a => new VmoCreateChild(a.Word32(0), a.Word32(1), a.Word64(2), a.Word64(3)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Vmo, Options, Offset, Size];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
