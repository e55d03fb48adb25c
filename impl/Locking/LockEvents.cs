using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.Locking;

/// <summary>Asks a lockable actor for its lock; the actor answers with <see cref="GrantedEvent"/> when it is free.</summary>
internal sealed class AcquireEvent(ActorId holder) : Event
{
    public ActorId Holder { get; } = holder;
}

/// <summary>The lock is held by the receiver until it sends <see cref="ReleaseEvent"/>; <c>State</c> is the owner's state, lent.</summary>
internal sealed class GrantedEvent(ActorId owner, ILendable state) : Event
{
    public ActorId Owner { get; } = owner;

    public ILendable State { get; } = state;
}

/// <summary>Gives the lock back; a non-null <c>NewState</c> replaces the owner's state (the transaction's commit).</summary>
internal sealed class ReleaseEvent(ILendable? newState) : Event
{
    public ILendable? NewState { get; } = newState;
}
