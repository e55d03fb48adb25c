using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>zx_object_get_info(handle, topic): the topic's record is the value.</summary>
public sealed record ObjectGetInfo(uint Handle, uint Topic) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Zircon("zx_object_get_info", ValueShape.Varies,
        [P.Handle("handle", HandleTarget.Any), P.Word32("topic")],
        a => new ObjectGetInfo(a.Word32(0), a.Word32(1)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Handle, Topic];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
