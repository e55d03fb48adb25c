namespace VmoKernel.Kernel.Locking;

/// <summary>
/// The lent states of one class of lockable object that a transaction holds, by koid, and which of them
/// it has replaced (those go back to their owners on commit).
/// </summary>
internal sealed class Held<TState>
    where TState : class, ILendable
{
    private readonly Dictionary<ulong, TState> _states = [];
    private readonly HashSet<ulong> _changed = [];

    /// <summary>The koids held.</summary>
    public IEnumerable<ulong> Koids => _states.Keys;

    public bool Holds(ulong koid) => _states.ContainsKey(koid);

    public bool TryGet(ulong koid, out TState state) => _states.TryGetValue(koid, out state!);

    /// <summary>The held state of <paramref name="koid"/>; asking for one not held is a kernel bug.</summary>
    public TState this[ulong koid] => _states[koid];

    /// <summary>Replaces a held state; the owner gets it back on commit.</summary>
    public void Put(ulong koid, TState state)
    {
        _states[koid] = state;
        _changed.Add(koid);
    }

    /// <summary>The replaced states, by koid.</summary>
    public IEnumerable<TState> ChangedStates => _changed.Select(koid => _states[koid]);

    /// <summary>What goes back to <paramref name="koid"/>'s owner on release: its new state, or null when unchanged.</summary>
    public TState? Returned(ulong koid) => _changed.Contains(koid) ? _states[koid] : null;

    internal void Lend(ulong koid, TState state) => _states[koid] = state;

    internal void CopyTo(Held<TState> other)
    {
        other._states.Clear();
        other._changed.Clear();
        foreach (var (koid, state) in _states)
        {
            other._states[koid] = state;
        }

        other._changed.UnionWith(_changed);
    }
}
