using Microsoft.Coyote.Actors;
using VmoKernel.Abi;

namespace VmoKernel.Kernel.Events;

/// <summary>
/// A call into the kernel, sent to <see cref="ActorKernel.Router"/>: run <c>Call</c> as process
/// <c>Process</c>. The answer is a <see cref="SyscallResponseEvent"/> carrying the same <c>Tag</c>, sent to
/// <c>ReplyTo</c> when given; when the request travels in an <see cref="AwaitableEventGroup{T}"/> of
/// <see cref="SyscallResult"/>, the group is completed with the result as well.
/// </summary>
public sealed class SyscallRequestEvent(ulong process, Syscall call, ActorId? replyTo = null, long tag = 0) : Event
{
    public ulong Process { get; } = process;

    public Syscall Call { get; } = call;

    public ActorId? ReplyTo { get; } = replyTo;

    public long Tag { get; } = tag;
}
