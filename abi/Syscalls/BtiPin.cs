using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_bti_pin(bti, options, vmo, offset, size): its value is {pmt, addrs}.</summary>
public sealed record BtiPin(uint Bti, uint Options, uint Vmo, ulong Offset, ulong Size) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_bti_pin", ValueShape.Record,
        [P.Handle("bti", HandleTarget.Bti), P.Word32("options"), P.Handle("vmo", HandleTarget.Vmo), P.Word64("offset"), P.Word64("size")],
        a => new BtiPin(a.Word32(0), a.Word32(1), a.Word32(2), a.Word64(3), a.Word64(4)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Bti, Options, Vmo, Offset, Size];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
