namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>Swarm draws: a few distinct items of a family (records, ops, advice) for one iteration, every choice Coyote's.</summary>
internal static class GeneratedSwarm
{
    /// <summary>Two to <paramref name="most"/> distinct items of <paramref name="items"/> (fewer when there are fewer), in a controlled order.</summary>
    public static List<T> Draw<T>(KernelCaller caller, IReadOnlyList<T> items, int most) => Pick(caller, items, 2 + caller.Choose(most - 1));

    /// <summary>
    /// A family's records for one iteration: its first record (the call the family is about: op_range for discardable
    /// VMOs, transfer_data for transfers, process_madvise across processes) always, and one to <paramref name="most"/> - 1
    /// of the others, so no focused iteration spends its calls around a protocol without the protocol's own call.
    /// </summary>
    public static List<T> DrawAround<T>(KernelCaller caller, IReadOnlyList<T> records, int most) =>
        [records[0], .. Pick(caller, [.. records.Skip(1)], 1 + caller.Choose(most - 1))];

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
