namespace VmoKernel.Kernel.Linux.State;

/// <summary>The vm_flags an area carries besides its protection (mm.h VM_*; L-20 gives their smaps names).</summary>
[Flags]
internal enum AreaFlags
{
    None = 0,
    Shared = 1 << 0,
    Locked = 1 << 1,
    DontCopy = 1 << 2,
    DontDump = 1 << 3,
    WipeOnFork = 1 << 4,
    Droppable = 1 << 5,
    NoReserve = 1 << 6,
    GrowsDown = 1 << 7,

    /// <summary>The 2014 proposal's VM_VOLATILE (L-7).</summary>
    Volatile = 1 << 8,

    /// <summary>VM_UFFD_MISSING: registered with <see cref="Area.Uffd"/>.</summary>
    UffdMissing = 1 << 9,
}

/// <summary>
/// One area [Start, End) of an mm. A shared area shows shared object <see cref="Shm"/> from page
/// <see cref="ShmPage"/>; a private or droppable one keeps its pages in the mm's entries.
/// <see cref="Uffd"/> is the uffd it is registered with (0 when none).
/// </summary>
internal sealed record Area(ulong Start, ulong End, uint Prot, AreaFlags Flags, ulong Shm = 0, ulong ShmPage = 0, ulong Uffd = 0)
{
    public bool Has(AreaFlags flag) => (Flags & flag) != 0;
}
