using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_handle_close(handle).</summary>
public sealed record HandleClose(uint Handle) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_handle_close", ValueShape.None,
        [P.Handle("handle", HandleTarget.Any)],
        a => new HandleClose(a.Word32(0)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Handle];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
