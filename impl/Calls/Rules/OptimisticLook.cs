using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// What the deep seeded bugs (issue 16) do with a look at a VMO taken before its lock: trust it once a cheap
/// re-validation passes. Each re-validation compares something an ABA can restore (a frame number, a page
/// count), which is the whole bug. Correct calls never take such a look (<see cref="CallPlanner.LooksAsItLocks"/>).
/// </summary>
internal static class OptimisticLook
{
    /// <summary>The same pages are committed, each on the same frame, as when the look was taken.</summary>
    public static bool SameFrames(VmoState looked, VmoState now) =>
        looked.Pages.Count == now.Pages.Count && looked.Pages.All(p => now.Pages.TryGetValue(p.Key, out var page) && page.Frame == p.Value.Frame);

    /// <summary>
    /// Commits [first, first + count) as the look saw it: a fresh zero frame at every page the look found missing,
    /// over whatever is there now (a page committed since is replaced and its frame forgotten); false when frames run out.
    /// </summary>
    public static bool CommitAsLooked(CallContext context, VmoState looked, VmoState now, ulong first, ulong count)
    {
        var missing = Enumerable.Range(0, (int)count).Select(i => first + (ulong)i).Where(p => !looked.Pages.ContainsKey(p)).ToList();
        if (!context.TryAllocate((ulong)missing.Count, out var frames))
        {
            return false;
        }

        var pages = now.Pages.ToBuilder();
        foreach (var (page, frame) in missing.Zip(frames))
        {
            context.Effects.RecordFrame(frame, now.Koid, page);
            pages[page] = new Page(frame, VmoAccess.ZeroPage);
        }

        context.Put(now with { Pages = pages.ToImmutable() });
        return true;
    }
}
