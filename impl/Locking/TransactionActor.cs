using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.Locking;

/// <summary>
/// An actor that runs transactions: it acquires lockable actors (<see cref="LockableActor{TState}"/>)
/// strictly in the global order of <see cref="LockTarget"/> (class, then koid), holds them while it
/// decides, and releases them with their new states.
/// <para>
/// Deadlock freedom: every holder waits only for targets ranked above everything it holds; lockable
/// actors, while lent, wait only for their holder's release. So a wait-for cycle would need a strictly
/// increasing cycle of ranks, which cannot exist. When a transaction discovers it needs an object ranked
/// below one it holds, it gives everything back and takes the union from the bottom again.
/// </para>
/// </summary>
public abstract class TransactionActor : Actor
{
    private readonly List<LockTarget> _held = [];
    private readonly Dictionary<(LockClass, ulong), object> _states = [];

    protected IReadOnlyDictionary<(LockClass, ulong), object> HeldStates => _states;

    protected IReadOnlyList<LockTarget> Held => _held;

    /// <summary>Acquires every target not held yet; in ascending order unless <paramref name="inOrder"/> is false (the seeded deadlock).</summary>
    protected async Task AcquireAsync(IEnumerable<LockTarget> wanted, bool inOrder = true)
    {
        var missing = wanted.Where(t => !_states.ContainsKey(t.Key)).DistinctBy(t => t.Key).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        if (inOrder)
        {
            missing.Sort();
            if (_held.Count > 0 && missing[0].CompareTo(_held.Max()) < 0)
            {
                missing = [.. _held.Concat(missing).DistinctBy(t => t.Key).Order()];
                ReleaseAll(null);
            }
        }

        foreach (var target in missing)
        {
            SendEvent(target.Actor, new AcquireEvent(Id));
            var granted = (GrantedEvent)await ReceiveEventAsync(
                typeof(GrantedEvent), e => ((GrantedEvent)e).Owner.Equals(target.Actor));
            _held.Add(target);
            _states[target.Key] = granted.State;
        }
    }

    /// <summary>Releases every held lock, handing each owner its new state when <paramref name="newStates"/> has one.</summary>
    protected void ReleaseAll(IReadOnlyDictionary<(LockClass, ulong), object>? newStates)
    {
        foreach (var target in _held)
        {
            object? replacement = null;
            newStates?.TryGetValue(target.Key, out replacement);
            SendEvent(target.Actor, new ReleaseEvent(replacement));
        }

        _held.Clear();
        _states.Clear();
    }
}
