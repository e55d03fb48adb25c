namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>Swarm draws: a few distinct items of a family (records, ops, advice) for one iteration, every choice Coyote's.</summary>
public static class GeneratedSwarm
{
    /// <summary>Two to <paramref name="most"/> distinct items of <paramref name="items"/> (fewer when there are fewer), in a controlled order.</summary>
    public static List<T> Draw<T>(KernelCaller caller, IReadOnlyList<T> items, int most) => Pick(caller, items, 2 + caller.Choose(most - 1));

    /// <summary>
    /// A family's records for one iteration: its first <paramref name="core"/> records (the protocol: op_range for
    /// discardable VMOs, transfer_data and the pin it must not move for transfers, process_madvise across processes)
    /// always, and one to <paramref name="others"/> of the rest, so no focused iteration spends its calls around a
    /// protocol without the protocol's own calls. A core record takes no place from the others: each of the n others
    /// is in a swarm with odds 2 / n (two drawn on average), so making one more record core raises the rest's odds.
    /// With one core record the draws are the choices they always were.
    /// </summary>
    public static List<T> DrawAround<T>(KernelCaller caller, IReadOnlyList<T> records, int core = 1, int others = 3) =>
        [.. records.Take(core), .. Pick(caller, [.. records.Skip(core)], 1 + caller.Choose(others))];

    private static List<T> Pick<T>(KernelCaller caller, IReadOnlyList<T> items, int count)
    {
        var left = items.ToList();
        var drawn = new List<T>();
        while (drawn.Count < count && left.Count > 0)
        {
            var i = caller.Choose(left.Count);
            drawn.Add(left[i]);
            left.RemoveAt(i);
        }

        return drawn;
    }
}
