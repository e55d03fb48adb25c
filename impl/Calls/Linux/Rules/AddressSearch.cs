using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// Where mmap puts a mapping that is not MAP_FIXED (x86-64's arch_get_unmapped_area_topdown): the hint,
/// rounded down to a page, when it lies at or above mmap_min_addr and the range there is free; otherwise
/// the highest free range below mmap_base.
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
}
