using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.Locking;

/// <summary>A lock target whose owner lends a <typeparamref name="TState"/>, held in <c>Store</c> of the transaction's objects.</summary>
internal sealed record LockTarget<TState>(LockClass Class, ulong Koid, ActorId Actor, Func<HeldObjects, Held<TState>> Store)
    : LockTarget(Class, Koid, Actor)
    where TState : class, ILendable
{
    // The owner of a TState target lends a TState: that is the protocol, so this cast cannot fail.
    public override void Take(HeldObjects held, ILendable lent) => Store(held).Lend(Koid, (TState)lent);

    public override ILendable? Returned(HeldObjects held) => Store(held).Returned(Koid);
}
