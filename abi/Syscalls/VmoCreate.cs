using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_vmo_create(size, options): a new VMO; its value is the handle.</summary>
public sealed record VmoCreate(ulong Size, uint Options) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_vmo_create", ValueShape.Integer,
        [P.Word64("size"), P.Word32("options")],
        a => new VmoCreate(a.Word64(0), a.Word32(1)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Size, Options];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
