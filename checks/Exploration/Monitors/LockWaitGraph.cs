using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// The kernel's wait-for graph, kept from lock notifications: which request holds each lock and which lock each
/// waiting request asked for. A request waits for one lock at a time (a transaction acquires one by one), so a
/// cycle can only close at a <see cref="LockStep.Waits"/> step, and following holder after holder from there finds it.
/// </summary>
public sealed class LockWaitGraph
{
    private readonly Dictionary<string, long> _holders = [];
    private readonly Dictionary<long, string> _waits = [];

    /// <summary>Folds in one lock step; when it closes a cycle, the requests on it (the waiting one first), else null.</summary>
    public IReadOnlyList<long>? Apply(LockNotification n)
    {
        switch (n.Step)
        {
            case LockStep.Waits:
                _waits[n.RequestId] = n.Target!;
                return CycleFrom(n.RequestId);
            case LockStep.Holds:
                _waits.Remove(n.RequestId);
                _holders[n.Target!] = n.RequestId;
                return null;
            default:
                foreach (var held in _holders.Where(h => h.Value == n.RequestId).Select(h => h.Key).ToList())
                {
                    _holders.Remove(held);
                }

                return null;
        }
    }

    private List<long>? CycleFrom(long start)
    {
        var path = new List<long> { start };
        var current = start;
        while (_waits.TryGetValue(current, out var lockWanted) && _holders.TryGetValue(lockWanted, out var holder) && holder != current)
        {
            if (holder == start)
            {
                return path;
            }

            if (path.Contains(holder))
            {
                // A cycle that does not pass through start was already there before this step, and reported then.
                return null;
            }

            path.Add(holder);
            current = holder;
        }

        return null;
    }

    /// <summary>The lock <paramref name="request"/> waits for (null when it waits for none).</summary>
    public string? Waits(long request) => _waits.GetValueOrDefault(request);
}
