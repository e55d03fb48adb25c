using VmoKernel.Abi;
using VmoKernel.Model.Linux.State;

namespace VmoKernel.Model.Linux.Rules;

/// <summary>
/// Edits of one process's VMAs over a page-aligned range: splitting at the range's ends (as
/// split_vma does), changing the VMAs inside, removing them, and finding free space for mmap.
/// Adjacent VMAs are not merged again; nothing observable depends on it (smaps reads flags only).
/// </summary>
public static class LinuxSpace
{
    /// <summary>The top of the mmap area; new mappings go below it, top-down as on x86-64, far above the Zircon root VMAR's allocations.</summary>
    public const ulong MmapBase = 0x0000_7000_0000_0000;

    /// <summary>Lowest address mmap hands out without MAP_FIXED (mmap_min_addr).</summary>
    public const ulong MinAddress = 0x10000;

    /// <summary>The VMAs with every VMA overlapping [start, end) split at start and end.</summary>
    public static LinuxProcess Split(LinuxProcess process, ulong start, ulong end)
    {
        var vmas = process.Vmas;
        foreach (var vma in process.Overlapping(start, end).ToList())
        {
            vmas = vmas.Remove(vma.Start);
            foreach (var (from, to) in new[] { (vma.Start, start), (Math.Max(vma.Start, start), Math.Min(vma.End, end)), (end, vma.End) })
            {
                if (from < to && from >= vma.Start && to <= vma.End)
                {
                    vmas = vmas.Add(from, vma.Slice(from, to));
                }
            }
        }

        return process with { Vmas = vmas };
    }

    /// <summary>Splits at the range's ends and replaces each VMA inside with <paramref name="change"/>'s.</summary>
    public static LinuxProcess Update(LinuxProcess process, ulong start, ulong end, Func<Vma, Vma> change)
    {
        var split = Split(process, start, end);
        var vmas = split.Vmas;
        foreach (var vma in split.Overlapping(start, end))
        {
            vmas = vmas.SetItem(vma.Start, change(vma));
        }

        return split with { Vmas = vmas };
    }

    /// <summary>Removes every VMA page and page-table entry in [start, end) (munmap, MAP_FIXED's replacement).</summary>
    public static LinuxProcess Remove(LinuxProcess process, ulong start, ulong end)
    {
        var split = Split(process, start, end);
        return split with
        {
            Vmas = split.Vmas.RemoveRange(split.Overlapping(start, end).Select(v => v.Start).ToList()),
            Ptes = split.Ptes.RemoveRange(split.Ptes.Keys.Where(a => a >= start && a < end).ToList()),
        };
    }

    /// <summary>Removes the page-table entries of [start, end) (zap: MADV_DONTNEED, drops), keeping the VMAs.</summary>
    public static LinuxProcess Zap(LinuxProcess process, ulong start, ulong end) =>
        process with { Ptes = process.Ptes.RemoveRange(process.Ptes.Keys.Where(a => a >= start && a < end).ToList()) };

    /// <summary>
    /// Where mmap_legacy_base sits without randomization: TASK_UNMAPPED_BASE, PAGE_ALIGN(TASK_SIZE / 3), the
    /// bottom of the bottom-up search x86-64 falls back to.
    /// </summary>
    public const ulong UnmappedBase = 0x0000_2aaa_aaaa_b000;

    /// <summary>
    /// x86-64's arch_get_unmapped_area_topdown: the highest free gap of <paramref name="length"/> bytes below
    /// <see cref="MmapBase"/> and at or above mmap_min_addr; when there is none, the fallback its comment gives
    /// ("a failed mmap() very likely causes application failure"), arch_get_unmapped_area's lowest free gap between
    /// <see cref="UnmappedBase"/> and TASK_SIZE, which may lie above mmap_base. False when both are full.
    /// </summary>
    public static bool TryFindFree(LinuxProcess process, ulong length, out ulong address) =>
        TryFindTopDown(process, length, out address) || TryFindBottomUp(process, length, out address);

    private static bool TryFindTopDown(LinuxProcess process, ulong length, out ulong address)
    {
        var top = MmapBase;
        foreach (var vma in process.Vmas.Values.Reverse().Where(v => v.Start < MmapBase))
        {
            if (vma.End <= top && top - vma.End >= length)
            {
                break;
            }

            top = Math.Min(top, vma.Start);
        }

        address = top - length;
        return top >= length && address >= MinAddress;
    }

    private static bool TryFindBottomUp(LinuxProcess process, ulong length, out ulong address)
    {
        address = UnmappedBase;
        foreach (var vma in process.Vmas.Values.Where(v => v.End > UnmappedBase))
        {
            if (vma.Start >= address && vma.Start - address >= length)
            {
                break;
            }

            address = Math.Max(address, vma.End);
        }

        return address <= LinuxConstants.TaskSize && LinuxConstants.TaskSize - address >= length;
    }

    /// <summary>Whether [start, start + length) is free of VMAs.</summary>
    public static bool IsFree(LinuxProcess process, ulong start, ulong length) =>
        Ranges.TryEnd(start, length, out var end) && !process.Overlapping(start, end).Any();
}
