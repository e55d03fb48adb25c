using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_handle_duplicate(handle, rights).</summary>
public sealed record HandleDuplicate(uint Handle, uint Rights) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_handle_duplicate", ValueShape.Integer,
        [P.Handle("handle", HandleTarget.Any), P.Word32("rights")],
        a => new HandleDuplicate(a.Word32(0), a.Word32(1)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Handle, Rights];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
