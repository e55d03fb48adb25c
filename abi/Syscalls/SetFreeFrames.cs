using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>Control call: from now on physical memory has exactly this many free frames.</summary>
public sealed record SetFreeFrames(ulong Count) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("set_free_frames", ValueShape.None,
        [P.Word64("count")],
        a => new SetFreeFrames(a.Word64(0)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Count];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
