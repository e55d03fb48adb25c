using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_vmar_map(vmar, options, vmar_offset, vmo, vmo_offset, len): its value is the mapped address.</summary>
public sealed record VmarMap(uint Vmar, uint Options, ulong VmarOffset, uint Vmo, ulong VmoOffset, ulong Length) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_vmar_map", ValueShape.Integer,
        [P.Handle("vmar", HandleTarget.Vmar), P.Word32("options"), P.Word64("vmar_offset"), P.Handle("vmo", HandleTarget.Vmo), P.Word64("vmo_offset"), P.Word64("len")],
        a => new VmarMap(a.Word32(0), a.Word32(1), a.Word64(2), a.Word32(3), a.Word64(4), a.Word64(5)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Vmar, Options, VmarOffset, Vmo, VmoOffset, Length];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
