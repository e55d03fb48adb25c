using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_port_create(options): a port, here only a key for pager-backed VMOs.</summary>
public sealed record PortCreate(uint Options) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_port_create", ValueShape.Integer,
        [P.Word32("options")],
        a => new PortCreate(a.Word32(0)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Options];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
