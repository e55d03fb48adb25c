using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_vmo_read(vmo, offset, len): the bytes read are the value.</summary>
public sealed record VmoRead(uint Vmo, ulong Offset, ulong Length) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_vmo_read", ValueShape.Bytes,
        [P.Handle("vmo", HandleTarget.Vmo), P.Word64("offset"), P.Word64("len")],
        a => new VmoRead(a.Word32(0), a.Word64(1), a.Word64(2)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Vmo, Offset, Length];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
