using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_vmo_create_physical(resource, paddr, size): a VMO over a fixed physical range (not RAM frames).</summary>
public sealed record VmoCreatePhysical(uint Resource, ulong Paddr, ulong Size) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_vmo_create_physical", ValueShape.Integer,
        [P.Handle("resource", HandleTarget.Resource), P.Word64("paddr"), P.Word64("size")],
        a => new VmoCreatePhysical(a.Word32(0), a.Word64(1), a.Word64(2)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Resource, Paddr, Size];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
