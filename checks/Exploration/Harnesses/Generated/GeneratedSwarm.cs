namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>Swarm draws: a few distinct items of a family (records, ops, advice) for one iteration, every choice Coyote's.</summary>
internal static class GeneratedSwarm
{
    /// <summary>Two to <paramref name="most"/> distinct items of <paramref name="items"/> (fewer when there are fewer), in a controlled order.</summary>
    public static List<T> Draw<T>(KernelCaller caller, IReadOnlyList<T> items, int most)
    {
        var count = 2 + caller.Choose(most - 1);
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
