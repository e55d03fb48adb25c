using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_vmar_unmap(vmar, addr, len).</summary>
public sealed record VmarUnmap(uint Vmar, ulong Address, ulong Length) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_vmar_unmap", ValueShape.None,
        [P.Handle("vmar", HandleTarget.Vmar), P.Word64("addr"), P.Word64("len")],
        a => new VmarUnmap(a.Word32(0), a.Word64(1), a.Word64(2)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Vmar, Address, Length];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
