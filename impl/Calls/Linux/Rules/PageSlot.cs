using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>What a page of an area holds right now, as an access finds it.</summary>
internal enum PageHolding
{
    /// <summary>A page with a frame (<see cref="PageSlot.Frame"/>).</summary>
    Frame,

    /// <summary>The shared zero page: present, reads zero, a store needs a frame.</summary>
    Zero,

    /// <summary>No page: never filled, dropped or zapped.</summary>
    Missing,

    /// <summary>A purge marker: the page was purged while volatile.</summary>
    Purged,
}

/// <summary>One page of one process's area: where its page lives (the mm's private entries, or a shared object) and what it holds.</summary>
internal readonly record struct PageSlot(ulong Pid, Area Area, ulong Page, PageHolding Holding, ulong Frame, bool LazyFree)
{
    /// <summary>The page index in the shared object, for a shared area.</summary>
    public ulong ShmIndex => Area.ShmPage + ((Page - Area.Start) / LinuxPages.Size);

    public static PageSlot Find(LinuxWorldState world, ulong pid, Area area, ulong page)
    {
        if (area.Has(AreaFlags.Shared))
        {
            return world.Shm.TryGetValue(area.Shm, out var shm) && shm.Frames.TryGetValue(area.ShmPage + ((page - area.Start) / LinuxPages.Size), out var frame)
                ? new(pid, area, page, PageHolding.Frame, frame, false)
                : new(pid, area, page, PageHolding.Missing, 0, false);
        }

        if (world.Mm(pid)?.Entries.GetValueOrDefault(page) is not { } entry)
        {
            return new(pid, area, page, PageHolding.Missing, 0, false);
        }

        return entry.Kind switch
        {
            EntryKind.Frame => new(pid, area, page, PageHolding.Frame, entry.Frame, entry.LazyFree),
            EntryKind.ZeroPage => new(pid, area, page, PageHolding.Zero, 0, false),
            _ => new(pid, area, page, PageHolding.Purged, 0, false),
        };
    }

    /// <summary>The world with this slot holding <paramref name="frame"/> (a private entry without the lazy-free mark, or the object's page).</summary>
    public LinuxWorldState Put(LinuxWorldState world, ulong frame)
    {
        if (Area.Has(AreaFlags.Shared))
        {
            var shm = world.Shm[Area.Shm];
            return world with { Shm = world.Shm.SetItem(shm.Id, shm with { Frames = shm.Frames.SetItem(ShmIndex, frame) }) };
        }

        var mm = world.Mms[Pid];
        return world.WithMm(Pid, mm with { Entries = mm.Entries.SetItem(Page, PageEntry.Of(frame)) });
    }
}
