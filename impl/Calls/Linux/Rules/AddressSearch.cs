using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// Where mmap puts a mapping that is not MAP_FIXED (x86-64's arch_get_unmapped_area_topdown): the hint,
/// rounded down to a page, when it lies at or above mmap_min_addr and the range there is free; otherwise
/// the highest free range below mmap_base; when that space is full, the bottom-up search the top-down one
/// falls back to (arch_get_unmapped_area from mmap_legacy_base, TASK_UNMAPPED_BASE without randomization, up to
/// TASK_SIZE), whose lowest free range may lie above mmap_base.
/// </summary>
internal static class AddressSearch
{
    public static ulong? Find(MmState mm, ulong hint, ulong length)
    {
        hint = LinuxPages.Down(hint);
        if (hint >= LinuxPages.MinAddress && hint <= Abi.LinuxConstants.TaskSize - length && !AreaEdits.Overlapping(mm, hint, hint + length).Any())
        {
            return hint;
        }

        return TopDown(mm, length) ?? BottomUp(mm, length);
    }

    private static ulong? TopDown(MmState mm, ulong length)
    {
        if (length > LinuxPages.MmapBase - LinuxPages.MinAddress)
        {
            return null;
        }

        var candidate = LinuxPages.MmapBase - length;
        while (true)
        {
            var below = AreaEdits.Overlapping(mm, candidate, candidate + length).Select(a => a.Start).DefaultIfEmpty(ulong.MaxValue).Min();
            if (below == ulong.MaxValue)
            {
                return candidate;
            }

            if (below < LinuxPages.MinAddress + length)
            {
                return null;
            }

            candidate = below - length;
        }
    }

    private static ulong? BottomUp(MmState mm, ulong length)
    {
        var candidate = LinuxPages.UnmappedBase;
        while (candidate <= Abi.LinuxConstants.TaskSize && length <= Abi.LinuxConstants.TaskSize - candidate)
        {
            var blocking = AreaEdits.Overlapping(mm, candidate, candidate + length).Select(a => a.End).DefaultIfEmpty(0UL).Max();
            if (blocking == 0)
            {
                return candidate;
            }

            candidate = blocking;
        }

        return null;
    }
}
