using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_pager_create(options): a pager whose VMOs are pager-backed.</summary>
public sealed record PagerCreate(uint Options) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_pager_create", ValueShape.Integer,
        [P.Word32("options")],
        a => new PagerCreate(a.Word32(0)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Options];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
