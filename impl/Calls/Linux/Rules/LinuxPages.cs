namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>Page arithmetic of the Linux surface (4 KiB pages, x86-64 user addresses below TASK_SIZE).</summary>
internal static class LinuxPages
{
    public const ulong Size = Abi.KernelConstants.PageSize;

    /// <summary>mmap_min_addr: a hint below it is not used (the search picks the address instead).</summary>
    public const ulong MinAddress = 0x10000;

    /// <summary>Where the top-down search for a free range starts (mm->mmap_base of the modelled process).</summary>
    public const ulong MmapBase = 0x7000_0000_0000;

    /// <summary>TASK_UNMAPPED_BASE, PAGE_ALIGN(TASK_SIZE / 3): mmap_legacy_base without randomization, where the bottom-up fallback starts.</summary>
    public const ulong UnmappedBase = 0x2aaa_aaaa_b000;

    public static ulong Down(ulong address) => address & ~(Size - 1);

    /// <summary>PAGE_ALIGN: rounds up; wraps to 0 near the top of the address space, as the kernel's macro does.</summary>
    public static ulong Up(ulong length) => unchecked((length + Size - 1) & ~(Size - 1));

    public static bool Aligned(ulong address) => (address & (Size - 1)) == 0;

    /// <summary>The page addresses of [start, end), both page-aligned.</summary>
    public static IEnumerable<ulong> In(ulong start, ulong end)
    {
        for (var page = start; page < end; page += Size)
        {
            yield return page;
        }
    }
}
