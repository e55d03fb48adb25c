namespace VmoKernel.Model.Linux.State;

/// <summary>The vm_flags the model keeps beside a VMA's protection (mm.h VM_*; smaps mnemonics in L-20).</summary>
[Flags]
public enum VmFlags
{
    None = 0,

    /// <summary>VM_SHARED (sh): MAP_SHARED anonymous memory, shared by fork.</summary>
    Shared = 1 << 0,

    /// <summary>VM_LOCKED (lo): counted in VmLck; MADV_DONTNEED, MADV_FREE and MADV_VOLATILE refuse it.</summary>
    Locked = 1 << 1,

    /// <summary>VM_DONTCOPY (dc): MADV_DONTFORK; absent in a fork child.</summary>
    DontCopy = 1 << 2,

    /// <summary>VM_DONTDUMP (dd).</summary>
    DontDump = 1 << 3,

    /// <summary>VM_WIPEONFORK (wf): present but empty in a fork child.</summary>
    WipeOnFork = 1 << 4,

    /// <summary>VM_DROPPABLE (dp): MAP_DROPPABLE; reclaim drops its pages, dirty or not (seed 003).</summary>
    Droppable = 1 << 5,

    /// <summary>VM_NORESERVE (nr).</summary>
    NoReserve = 1 << 6,

    /// <summary>VM_GROWSDOWN (gd).</summary>
    GrowsDown = 1 << 7,

    /// <summary>The 2014 proposal's VM_VOLATILE (L-7): reclaim may purge its pages.</summary>
    Volatile = 1 << 8,

    /// <summary>VM_UFFD_MISSING (um): registered with <see cref="Vma.Uffd"/>.</summary>
    UffdMissing = 1 << 9,
}

/// <summary>
/// One VMA: [Start, End) with PROT_* bits and flags. A shared VMA shows <see cref="Object"/> from page
/// <see cref="PageOffset"/>; a private one keeps its pages in the process's page table. <see cref="Uffd"/>
/// is the uffd a registered VMA belongs to (0 when none).
/// </summary>
public sealed record Vma(ulong Start, ulong End, uint Prot, VmFlags Flags, ulong Object = 0, ulong PageOffset = 0, ulong Uffd = 0)
{
    public ulong Length => End - Start;

    public bool Has(VmFlags flag) => (Flags & flag) != 0;

    /// <summary>The part of this VMA inside [start, end), keeping the shared object's page offset right.</summary>
    public Vma Slice(ulong start, ulong end)
    {
        var from = Math.Max(start, Start);
        return this with { Start = from, End = Math.Min(end, End), PageOffset = PageOffset + ((from - Start) / Abi.KernelLayout.PageSize) };
    }
}

/// <summary>
/// A page-table entry of a private page: the page it maps (0 when none), a purge marker left where
/// reclaim purged a volatile page (L-7), and MADV_FREE's lazy-free mark, which a store clears.
/// </summary>
public sealed record Pte(ulong Page, bool Purged = false, bool LazyFree = false)
{
    /// <summary>The shared zero page UFFDIO_ZEROPAGE maps into private memory: present, reads zero, holds no frame (L-20: not in VmRSS).</summary>
    public const ulong ZeroPage = ulong.MaxValue;

    public static readonly Pte PurgeMarker = new(0, Purged: true);

    public bool Present => Page != 0;

    /// <summary>Whether a frame of its own backs the entry (counted in VmRSS).</summary>
    public bool HasFrame => Page is not (0 or ZeroPage);
}
