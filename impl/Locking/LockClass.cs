namespace VmoKernel.Kernel.Locking;

/// <summary>
/// The classes of lockable kernel object, in the global acquisition order: the reclaimer's lists first,
/// then BTIs and VMOs (each by koid), then the Linux surface's world, then physical memory, then the
/// koid allocator, and processes last
/// (by koid). A call's commit at its process counts as taking that process last, so only
/// process_getinfo, which freezes processes after it holds their VMOs, ever holds one.
/// </summary>
internal enum LockClass
{
    Reclaimer = 0,
    Bti = 1,
    Vmo = 2,
    LinuxWorld = 3,
    PhysicalMemory = 4,
    KoidAllocator = 5,
    Process = 6,
}
