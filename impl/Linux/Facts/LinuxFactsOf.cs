using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.State;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Kernel.Linux.Facts;

/// <summary>
/// Reads <see cref="LinuxFacts"/> off the Linux world a call leaves behind. It counts from the areas and
/// entries themselves (not from any call's bookkeeping), so a call that sets a flag it should not, or a
/// fork that copies what it should wipe, shows in the facts whatever the call itself believed.
/// </summary>
internal static class LinuxFactsOf
{
    public static LinuxFacts World(LinuxWorldState world, Syscall call, SyscallResult result) => new(
        world.Mms.ToImmutableSortedDictionary(m => m.Key, m => Mm(world, m.Key, m.Value)),
        [.. world.Pages.Keys],
        world.Mms.Values.Any(mm => mm.Areas.Values.Any(a => a.Has(AreaFlags.Droppable) && a.Has(AreaFlags.Locked))),
        ForkChildren(world, call, result),
        [.. world.Mms.SelectMany(m => StrayMarkers(m.Key, m.Value))]);

    private static LinuxMmFacts Mm(LinuxWorldState world, ulong pid, MmState mm)
    {
        ulong locked = 0;
        ulong resident = 0;
        foreach (var area in mm.Areas.Values)
        {
            if (area.Has(AreaFlags.Locked) && !area.Has(AreaFlags.Droppable))
            {
                locked += area.End - area.Start;
            }

            resident += ResidentPages(world, mm, area) * KernelLayout.PageSize;
        }

        return new LinuxMmFacts(pid, locked, resident);
    }

    // A shared area shows its object's pages from ShmPage on; a private one its own entries. The zero
    // page and purge markers own no frame, so they are not resident (L-20).
    private static ulong ResidentPages(LinuxWorldState world, MmState mm, Area area)
    {
        if (area.Has(AreaFlags.Shared))
        {
            var pages = (area.End - area.Start) / KernelLayout.PageSize;
            return world.Shm.TryGetValue(area.Shm, out var shm)
                ? (ulong)shm.Frames.Keys.Count(p => p >= area.ShmPage && p < area.ShmPage + pages)
                : 0;
        }

        return (ulong)EntriesIn(mm, area).Count(e => e.Value.Kind == EntryKind.Frame);
    }

    private static IEnumerable<KeyValuePair<ulong, PageEntry>> EntriesIn(MmState mm, Area area) =>
        mm.Entries.Where(e => e.Key >= area.Start && e.Key < area.End);

    // fork answers the child's pid; the child's areas and entries are the state fork left it.
    private static ImmutableArray<ForkChildFacts> ForkChildren(LinuxWorldState world, Syscall call, SyscallResult result)
    {
        if (call is not Fork || !result.Succeeded || result.Value is not IntValue child || world.Mm(child.Number) is not { } mm)
        {
            return [];
        }

        var wiped = mm.Areas.Values.Any(a => (a.Has(AreaFlags.WipeOnFork) || a.Has(AreaFlags.Droppable)) && EntriesIn(mm, a).Any());
        return [new ForkChildFacts(child.Number, wiped)];
    }

    // A marker is where reclaim purged a volatile page (L-7); NONVOLATILE clears them, so one outside a
    // volatile area would read back as whatever the area does next.
    private static IEnumerable<StrayPurgeMarker> StrayMarkers(ulong pid, MmState mm) =>
        from entry in mm.Entries
        where entry.Value.Kind == EntryKind.PurgeMarker && mm.AreaAt(entry.Key)?.Has(AreaFlags.Volatile) != true
        select new StrayPurgeMarker(pid, entry.Key);
}
