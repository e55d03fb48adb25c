using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.Locking;

/// <summary>Asks a lockable actor for its lock; the actor answers with <see cref="GrantedEvent"/> when it is free.</summary>
public sealed class AcquireEvent(ActorId holder) : Event
{
    public ActorId Holder { get; } = holder;
}

/// <summary>The lock is held by the receiver until it sends <see cref="ReleaseEvent"/>; <c>State</c> is the owner's state, lent.</summary>
public sealed class GrantedEvent(ActorId owner, object state) : Event
{
    public ActorId Owner { get; } = owner;

    public object State { get; } = state;
}

/// <summary>Gives the lock back; a non-null <c>NewState</c> replaces the owner's state (the transaction's commit).</summary>
public sealed class ReleaseEvent(object? newState) : Event
{
    public object? NewState { get; } = newState;
}
