using System.Collections.Immutable;
using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.Notifications;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Events;

// The kernel's internal protocol: a closed family of small events, kept together (style.md).

/// <summary>Starts the router with the kernel's singletons, the processes it knows and how many calls it has numbered.</summary>
internal sealed class RouterInitEvent(KernelDirectory directory, IReadOnlyDictionary<ulong, ActorId> processes, long requests = 0) : Event
{
    public KernelDirectory Directory { get; } = directory;

    public IReadOnlyDictionary<ulong, ActorId> Processes { get; } = processes;

    public long Requests { get; } = requests;
}

/// <summary>A new process exists: calls for <c>Koid</c> go to <c>Actor</c>.</summary>
internal sealed class RegisterProcessEvent(ulong koid, ActorId actor) : Event
{
    public ulong Koid { get; } = koid;

    public ActorId Actor { get; } = actor;
}

/// <summary>Starts a process actor with its initial state.</summary>
internal sealed class ProcessInitEvent(ProcessState state, KernelDirectory directory) : Event
{
    public ProcessState State { get; } = state;

    public KernelDirectory Directory { get; } = directory;
}

/// <summary>Starts one syscall's thread of execution.</summary>
internal sealed class SyscallStartEvent(SyscallRequestEvent request, ActorId? processActor, KernelDirectory directory, AwaitableEventGroup<SyscallResult>? completion, long requestId) : Event
{
    public SyscallRequestEvent Request { get; } = request;

    public ActorId? ProcessActor { get; } = processActor;

    public KernelDirectory Directory { get; } = directory;

    public AwaitableEventGroup<SyscallResult>? Completion { get; } = completion;

    public long RequestId { get; } = requestId;
}

/// <summary>Asks a process for a snapshot of its handle table and address space.</summary>
internal sealed class ResolveEvent(ActorId requester) : Event
{
    public ActorId Requester { get; } = requester;
}

internal sealed class ProcessSnapshotEvent(ProcessState state) : Event
{
    public ProcessState State { get; } = state;
}

/// <summary>The linearization request: apply <c>Delta</c> if its expectations hold, and if so notify the monitors.</summary>
internal sealed class ProcessCommitEvent(ActorId requester, ProcessDelta delta, CallLinearizedNotification notification) : Event
{
    public ActorId Requester { get; } = requester;

    public ProcessDelta Delta { get; } = delta;

    public CallLinearizedNotification Notification { get; } = notification;
}

internal sealed class CommitAckEvent(bool accepted) : Event
{
    public bool Accepted { get; } = accepted;
}

/// <summary>Starts a VMO actor with its initial state.</summary>
internal sealed class VmoInitEvent(VmoState state, Boot.KernelCensus census) : Event
{
    public VmoState State { get; } = state;

    public Boot.KernelCensus Census { get; } = census;
}

/// <summary>Asks a VMO for its state without locking it (the reclaimer's list walk).</summary>
internal sealed class PeekEvent(ActorId requester) : Event
{
    public ActorId Requester { get; } = requester;
}

internal sealed class PeekReplyEvent(VmoState state) : Event
{
    public VmoState State { get; } = state;
}

/// <summary>The Linux world's answer to <see cref="PeekEvent"/>, which only a deep seeded bug asks (issue 16).</summary>
internal sealed class LinuxPeekReplyEvent(Linux.State.LinuxWorldState state) : Event
{
    public Linux.State.LinuxWorldState State { get; } = state;
}

/// <summary>Asks the reclaimer to run a <c>reclaim(level)</c> call for a process and answer the given syscall actor.</summary>
internal sealed class ReclaimRequestEvent(ActorId requester, ulong process, ActorId processActor, Reclaim call, long requestId) : Event
{
    public long RequestId { get; } = requestId;

    public ActorId Requester { get; } = requester;

    public ulong Process { get; } = process;

    public ActorId ProcessActor { get; } = processActor;

    public Reclaim Call { get; } = call;
}

internal sealed class ReclaimDoneEvent(SyscallResult result) : Event
{
    public SyscallResult Result { get; } = result;
}

/// <summary>Starts a lockable owner with the state it will lend.</summary>
internal sealed class LenderInitEvent<TState>(TState state, Boot.KernelCensus census) : Event
    where TState : class, ILendable
{
    public TState State { get; } = state;

    public Boot.KernelCensus Census { get; } = census;
}

/// <summary>Starts the reclaimer with its unlock order (empty in a fresh kernel).</summary>
internal sealed class ReclaimerInitEvent(KernelDirectory directory, IReadOnlyList<(ulong Koid, ActorId Actor)>? unlockOrder = null) : Event
{
    public KernelDirectory Directory { get; } = directory;

    public IReadOnlyList<(ulong Koid, ActorId Actor)> UnlockOrder { get; } = unlockOrder ?? [];
}

/// <summary>Asks the router which actors run the given processes.</summary>
internal sealed class ProcessLookupEvent(ActorId requester, ImmutableArray<ulong> koids) : Event
{
    public ActorId Requester { get; } = requester;

    public ImmutableArray<ulong> Koids { get; } = koids;
}

/// <summary>The actor of each asked koid, or null where no such process exists.</summary>
internal sealed class ProcessLookupReplyEvent(ImmutableArray<ActorId?> actors) : Event
{
    public ImmutableArray<ActorId?> Actors { get; } = actors;
}

/// <summary>To a thread blocked under <see cref="Waiter"/> (L-18): the call that supplied what it waited for has committed; run the call again.</summary>
internal sealed class WakeEvent(ulong waiter) : Event
{
    public ulong Waiter { get; } = waiter;
}

/// <summary>To the router: the process ended (kill); calls it makes from now on find no caller.</summary>
internal sealed class UnregisterProcessEvent(ulong koid) : Event
{
    public ulong Koid { get; } = koid;
}
