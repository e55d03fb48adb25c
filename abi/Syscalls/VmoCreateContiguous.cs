using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_vmo_create_contiguous(bti, size, alignment_log2): a VMO of physically contiguous, committed pages.</summary>
public sealed record VmoCreateContiguous(uint Bti, ulong Size, uint AlignmentLog2) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_vmo_create_contiguous", ValueShape.Integer,
        [P.Handle("bti", HandleTarget.Bti), P.Word64("size"), P.Word32("alignment_log2")],
        a => new VmoCreateContiguous(a.Word32(0), a.Word64(1), a.Word32(2)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Bti, Size, AlignmentLog2];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
