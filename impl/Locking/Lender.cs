using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.Locking;

/// <summary>
/// The owner's half of the lock protocol, for any actor that owns one piece of kernel state: on
/// <see cref="AcquireEvent"/> it lends its state to the holder and then waits only for
/// <see cref="ReleaseEvent"/>, so every other event stays queued and nobody else reads or changes the
/// state while it is lent. The owner never waits for anything else while lent, so it cannot be part of
/// a wait cycle.
/// </summary>
/// <param name="owner">The owning actor, named in the grant.</param>
/// <param name="send">The owner's <c>SendEvent</c>.</param>
/// <param name="receive">The owner's <c>ReceiveEventAsync</c> for one event type.</param>
internal sealed class Lender<TState>(ActorId owner, Action<ActorId, Event> send, Func<Type, Task<Event>> receive)
    where TState : class, ILendable
{
    /// <summary>Lends <paramref name="state"/> until released; the state handed back, or null when the holder changed nothing.</summary>
    public async Task<TState?> LendAsync(AcquireEvent acquire, TState state)
    {
        send(acquire.Holder, new GrantedEvent(owner, state));
        var release = (ReleaseEvent)await receive(typeof(ReleaseEvent));

        // A holder hands back the state its typed target took, so a replacement is a TState.
        return (TState?)release.NewState;
    }
}
