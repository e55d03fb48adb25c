using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// Registering areas with a uffd and unregistering them (L-11): an area partly inside the range is split at the
/// range's ends first (smaps shows <c>um</c> per page), as userfaultfd_register / userfaultfd_unregister split VMAs.
/// </summary>
internal static class AreaRegistration
{
    /// <summary>The areas of <paramref name="mm"/> that overlap [start, end), in address order.</summary>
    public static IEnumerable<Area> Overlapping(MmState mm, ulong start, ulong end) =>
        mm.Areas.Values.Where(a => a.Start < end && start < a.End);

    /// <summary>Registers every area in [start, end) with <paramref name="uffd"/> in MISSING mode.</summary>
    public static MmState Register(MmState mm, ulong start, ulong end, ulong uffd) =>
        Change(mm, start, end, _ => true, a => a with { Flags = a.Flags | AreaFlags.UffdMissing, Uffd = uffd });

    /// <summary>Unregisters the registered areas in [start, end); only those of <paramref name="only"/> when given.</summary>
    public static MmState Unregister(MmState mm, ulong start, ulong end, ulong? only = null) =>
        Change(mm, start, end, a => a.Uffd != 0 && (only is null || a.Uffd == only), a => a with { Flags = a.Flags & ~AreaFlags.UffdMissing, Uffd = 0 });

    /// <summary>
    /// The first address after the VMA that holds <paramref name="address"/>, taking adjacent areas that differ in
    /// nothing (the kernel would have merged them into one VMA) as one; 0 when no area holds it.
    /// </summary>
    public static ulong VmaEnd(MmState mm, ulong address)
    {
        var area = mm.AreaAt(address);
        if (area is null)
        {
            return 0;
        }

        while (mm.Areas.GetValueOrDefault(area.End) is { } next && Continues(area, next))
        {
            area = next;
        }

        return area.End;
    }

    private static bool Continues(Area area, Area next) =>
        next.Prot == area.Prot && next.Flags == area.Flags && next.Uffd == area.Uffd && next.Shm == area.Shm
        && (area.Shm == 0 || next.ShmPage == area.ShmPage + ((area.End - area.Start) / KernelConstants.PageSize));

    private static MmState Change(MmState mm, ulong start, ulong end, Func<Area, bool> which, Func<Area, Area> change)
    {
        var areas = mm.Areas;
        foreach (var area in Overlapping(mm, start, end).Where(which).ToList())
        {
            areas = areas.Remove(area.Start);
            foreach (var piece in Split(area, start, end))
            {
                var inside = piece.Start >= start && piece.End <= end;
                areas = areas.Add(piece.Start, inside ? change(piece) : piece);
            }
        }

        return mm with { Areas = areas };
    }

    /// <summary>The area cut at <paramref name="start"/> and <paramref name="end"/> where they fall inside it.</summary>
    private static IEnumerable<Area> Split(Area area, ulong start, ulong end)
    {
        var cuts = new[] { area.Start, Math.Max(area.Start, start), Math.Min(area.End, end), area.End }.Distinct().ToList();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var shift = (cuts[i] - area.Start) / KernelConstants.PageSize;
            yield return area with { Start = cuts[i], End = cuts[i + 1], ShmPage = area.Shm == 0 ? 0 : area.ShmPage + shift };
        }
    }
}
