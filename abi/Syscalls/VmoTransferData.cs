using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_vmo_transfer_data(dst, options, offset, length, src, src_offset): moves pages from src to dst.</summary>
public sealed record VmoTransferData(uint Dst, uint Options, ulong Offset, ulong Length, uint Src, ulong SrcOffset) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_vmo_transfer_data", ValueShape.None,
        [P.Handle("dst", HandleTarget.Vmo), P.Word32("options"), P.Word64("offset"), P.Word64("length"), P.Handle("src", HandleTarget.Vmo), P.Word64("src_offset")],
        a => new VmoTransferData(a.Word32(0), a.Word32(1), a.Word64(2), a.Word64(3), a.Word32(4), a.Word64(5)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Dst, Options, Offset, Length, Src, SrcOffset];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
