using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_vmo_write(vmo, offset, data).</summary>
public sealed record VmoWrite(uint Vmo, ulong Offset, ByteString Data) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_vmo_write", ValueShape.None,
        [P.Handle("vmo", HandleTarget.Vmo), P.Word64("offset"), P.Bytes("data")],
        a => new VmoWrite(a.Word32(0), a.Word64(1), a.Bytes(2)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Vmo, Offset, Data];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
