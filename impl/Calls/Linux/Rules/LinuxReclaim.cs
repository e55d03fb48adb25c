using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// reclaim(level)'s Linux part (L-3), run after the discardable VMOs while the reclaimer holds the Linux
/// world and physical memory, and MADV_PAGEOUT over its range: every droppable page (dirty or not),
/// every clean MADV_FREE page, and every volatile page all of whose mappings are volatile (then purged
/// in every process that maps it, L-7) is taken. NORMAL takes nothing; ordinary anonymous pages and
/// shared ones are never taken (no swap, L-1).
/// </summary>
internal static class LinuxReclaim
{
    public static void Run(CallContext context, PressureLevel level)
    {
        if (level == PressureLevel.Normal)
        {
            return;
        }

        foreach (var (pid, mm) in context.Linux.Mms)
        {
            foreach (var area in mm.Areas.Values)
            {
                Take(context, pid, area, area.Start, area.End);
            }
        }

        AnonPages.Collect(context);
    }

    /// <summary>MADV_PAGEOUT of [start, end) in <paramref name="pid"/>'s mm: what reclaim would take there.</summary>
    public static void PageOut(CallContext context, ulong pid, ulong start, ulong end)
    {
        foreach (var area in AreaEdits.Overlapping(context.Linux.Mms[pid], start, end).ToList())
        {
            Take(context, pid, area, Math.Max(start, area.Start), Math.Min(end, area.End));
        }

        AnonPages.Collect(context);
    }

    private static void Take(CallContext context, ulong pid, Area area, ulong start, ulong end)
    {
        if (area.Has(AreaFlags.Shared))
        {
            return;
        }

        var entries = context.Linux.Mms[pid].Entries.Where(e => e.Key >= start && e.Key < end && e.Value.Kind == EntryKind.Frame).ToList();
        foreach (var (page, entry) in entries)
        {
            if (area.Has(AreaFlags.Droppable) || entry.LazyFree || SeenClean(context, pid, page, entry))
            {
                var mm = context.Linux.Mms[pid];
                context.Linux = context.Linux.WithMm(pid, mm with { Entries = mm.Entries.Remove(page) });
            }
            else if (area.Has(AreaFlags.Volatile) && VolatileEverywhere(context.Linux, entry.Frame))
            {
                context.Linux = Purge(context.Linux, pid, page, entry.Frame);
            }
        }
    }

    /// <summary>The seeded slip: the page looked lazily freed (clean) when the reclaimer peeked, before it held the world.</summary>
    private static bool SeenClean(CallContext context, ulong pid, ulong page, PageEntry entry) =>
        context.Bugs.Has(SeededBug.ReclaimTakesRedirtiedFreePage)
        && context.PeekedLinux?.Mm(pid)?.Entries.GetValueOrDefault(page) is { LazyFree: true } seen && seen.Frame == entry.Frame;

    /// <summary>Whether every entry naming <paramref name="frame"/>, in every mm, lies in a volatile area of its mm (V6).</summary>
    private static bool VolatileEverywhere(LinuxWorldState world, ulong frame) =>
        world.Mms.Values.All(mm => mm.Entries.Where(e => e.Value.Kind == EntryKind.Frame && e.Value.Frame == frame)
            .All(e => mm.AreaAt(e.Key)?.Has(AreaFlags.Volatile) == true));

    /// <summary>Purges the page: a purge marker where the page was, and in every other mm mapping the same frame volatile (V7).</summary>
    private static LinuxWorldState Purge(LinuxWorldState world, ulong pid, ulong page, ulong frame)
    {
        foreach (var (other, mm) in world.Mms)
        {
            var named = mm.Entries.Where(e => e.Value.Kind == EntryKind.Frame && e.Value.Frame == frame
                && (other != pid || e.Key == page) && mm.AreaAt(e.Key)?.Has(AreaFlags.Volatile) == true).Select(e => e.Key).ToList();
            world = world.WithMm(other, mm with { Entries = mm.Entries.SetItems(named.Select(p => KeyValuePair.Create(p, PageEntry.Purged))) });
        }

        return world;
    }
}
