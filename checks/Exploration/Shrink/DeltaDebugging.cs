namespace VmoKernel.Checks.Exploration.Shrink;

/// <summary>
/// The granularity loop of ddmin (Zeller and Hildebrandt), shared by every shrinking pass that removes or edits
/// subsets of positions: split the positions into chunks (and, when asked and finer than halves, their
/// complements), keep the first subset the caller accepts, coarsen after an acceptance, refine otherwise, and stop
/// when the chunks are single positions and none helps, fewer than the minimum positions are left, or the budget
/// ends. The positions are taken afresh after each acceptance, since an accepted subset changes what is left.
/// </summary>
public static class DeltaDebugging
{
    /// <param name="positions">The positions still open to the pass, read again after every acceptance.</param>
    /// <param name="minimum">Fewer positions than this and the pass is over.</param>
    /// <param name="withComplements">Also try each chunk's complement once the chunks are finer than halves.</param>
    /// <param name="lastFirst">Try the chunks from the last to the first (a set-up's later calls use its earlier ones).</param>
    /// <param name="left">Whether the budget allows another candidate.</param>
    /// <param name="accept">Runs the candidate for a subset; true when it was kept.</param>
    public static void Reduce(Func<IReadOnlyList<int>> positions, int minimum, bool withComplements, bool lastFirst,
        Func<bool> left, Func<IReadOnlyList<int>, bool> accept)
    {
        var granularity = 2;
        while (left())
        {
            var items = positions();
            if (items.Count < minimum)
            {
                return;
            }

            granularity = Math.Min(granularity, items.Count);
            var chunks = Split(items, granularity);
            if (lastFirst)
            {
                chunks.Reverse();
            }

            var subsets = withComplements && granularity > 2 ? chunks.Concat(chunks.Select(c => items.Except(c).ToList())) : chunks;
            var accepted = false;
            foreach (var subset in subsets)
            {
                if (accept(subset))
                {
                    granularity = Math.Max(granularity - 1, 2);
                    accepted = true;
                    break;
                }

                if (!left())
                {
                    return;
                }
            }

            if (!accepted)
            {
                if (granularity >= items.Count)
                {
                    return;
                }

                granularity = Math.Min(granularity * 2, items.Count);
            }
        }
    }

    /// <summary>Splits <paramref name="items"/> into <paramref name="parts"/> chunks as even as can be, in order (ddmin's split).</summary>
    public static List<List<int>> Split(IReadOnlyList<int> items, int parts)
    {
        var chunks = new List<List<int>>();
        for (var part = 0; part < parts; part++)
        {
            var from = items.Count * part / parts;
            var to = items.Count * (part + 1) / parts;
            if (to > from)
            {
                chunks.Add([.. items.Skip(from).Take(to - from)]);
            }
        }

        return chunks;
    }
}
