using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// Changing the areas of an mm over a page-aligned range: splitting at its ends (split_vma), changing or
/// removing the areas inside. A shared area's split keeps each half showing its own pages of the object.
/// </summary>
internal static class AreaEdits
{
    /// <summary>The areas overlapping [start, end) in address order.</summary>
    public static IEnumerable<Area> Overlapping(MmState mm, ulong start, ulong end) =>
        mm.Areas.Values.Where(a => a.Start < end && start < a.End);

    /// <summary>Splits the area holding <paramref name="at"/> (if it starts below it) into two at that address.</summary>
    public static MmState SplitAt(MmState mm, ulong at)
    {
        if (mm.AreaAt(at) is not { } area || area.Start == at)
        {
            return mm;
        }

        var left = area with { End = at };
        var right = area with { Start = at, ShmPage = area.ShmPage + ((at - area.Start) / LinuxPages.Size) };
        return mm with { Areas = mm.Areas.SetItem(left.Start, left).Add(right.Start, right) };
    }

    /// <summary>Replaces each area inside [start, end) (after splitting at the ends) with <paramref name="change"/>'s answer.</summary>
    public static MmState Change(MmState mm, ulong start, ulong end, Func<Area, Area> change)
    {
        mm = SplitAt(SplitAt(mm, start), end);
        var areas = mm.Areas;
        foreach (var area in Overlapping(mm, start, end).ToList())
        {
            areas = areas.SetItem(area.Start, change(area));
        }

        return mm with { Areas = areas };
    }

    /// <summary>Unmaps [start, end): the areas inside go, and so do the private page entries there (the caller collects the frames).</summary>
    public static MmState Remove(MmState mm, ulong start, ulong end)
    {
        mm = SplitAt(SplitAt(mm, start), end);
        var areas = mm.Areas.RemoveRange(Overlapping(mm, start, end).Select(a => a.Start).ToList());
        return ZapEntries(mm with { Areas = areas }, start, end);
    }

    /// <summary>Drops the private page entries of [start, end) (zap_page_range): pages, zero pages and purge markers alike.</summary>
    public static MmState ZapEntries(MmState mm, ulong start, ulong end) =>
        mm with { Entries = mm.Entries.RemoveRange(mm.Entries.Keys.Where(p => p >= start && p < end).ToList()) };

    /// <summary>
    /// The parts of [start, end) the areas cover, in order, up to the first hole (mprotect's and mlock's
    /// walk); <paramref name="complete"/> is false when a hole (at the start or later) cut the walk short.
    /// </summary>
    public static List<(ulong From, ulong To)> LeadingPieces(MmState mm, ulong start, ulong end, out bool complete)
    {
        var pieces = new List<(ulong, ulong)>();
        var next = start;
        foreach (var area in Overlapping(mm, start, end))
        {
            if (area.Start > next)
            {
                break;
            }

            pieces.Add((next, Math.Min(area.End, end)));
            next = area.End;
        }

        complete = next >= end;
        return pieces;
    }
}
