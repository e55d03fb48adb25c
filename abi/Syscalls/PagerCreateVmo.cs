using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_pager_create_vmo(pager, options, port, key, size): a pager-backed VMO.</summary>
public sealed record PagerCreateVmo(uint Pager, uint Options, uint Port, ulong Key, ulong Size) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_pager_create_vmo", ValueShape.Integer,
        [P.Handle("pager", HandleTarget.Pager), P.Word32("options"), P.Handle("port", HandleTarget.Port), P.Word64("key"), P.Word64("size")],
        a => new PagerCreateVmo(a.Word32(0), a.Word32(1), a.Word32(2), a.Word64(3), a.Word64(4)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Pager, Options, Port, Key, Size];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
