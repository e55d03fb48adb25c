namespace VmoKernel.Kernel.Locking;

/// <summary>
/// The classes of lockable kernel object, in the global acquisition order: the reclaimer's lists first,
/// then VMOs (by koid), then physical memory, then the koid allocator.
/// </summary>
public enum LockClass
{
    Reclaimer = 0,
    Vmo = 1,
    PhysicalMemory = 2,
    KoidAllocator = 3,
}
