using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_pmt_unpin(pmt).</summary>
public sealed record PmtUnpin(uint Pmt) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_pmt_unpin", ValueShape.None,
        [P.Handle("pmt", HandleTarget.Pmt)],
        a => new PmtUnpin(a.Word32(0)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Pmt];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
