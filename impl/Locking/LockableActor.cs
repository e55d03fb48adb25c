using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.Locking;

/// <summary>
/// An actor that owns one piece of kernel state and lends it under a lock. On <see cref="AcquireEvent"/>
/// it sends its state to the holder and then waits only for <see cref="ReleaseEvent"/>: every other event
/// stays queued, so while a transaction holds the lock nobody else reads or changes the state.
/// The owner never waits for anything else while locked, so it cannot be part of a wait cycle.
/// </summary>
public abstract class LockableActor<TState> : Actor
    where TState : class
{
    protected TState State { get; set; } = default!;

    protected async Task OnAcquireAsync(Event e)
    {
        var acquire = (AcquireEvent)e;
        SendEvent(acquire.Holder, new GrantedEvent(Id, State));
        var release = (ReleaseEvent)await ReceiveEventAsync(typeof(ReleaseEvent));
        if (release.NewState is TState replaced)
        {
            var previous = State;
            State = replaced;
            OnStateReplaced(previous, replaced);
        }
    }

    /// <summary>Called after a transaction committed a new state.</summary>
    protected virtual void OnStateReplaced(TState previous, TState current)
    {
    }
}
