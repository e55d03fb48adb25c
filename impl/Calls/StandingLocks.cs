namespace VmoKernel.Kernel.Calls;

/// <summary>
/// The locks a call takes up front besides the VMOs its handles name: singletons it will certainly
/// touch, and the BTI its handle names. Taking them first saves a restart; a call that finds it needs
/// more while running asks for it (<see cref="Locking.NeedLockException"/>).
/// </summary>
[Flags]
internal enum StandingLocks
{
    None = 0,
    Reclaimer = 1,
    PhysicalMemory = 2,
    KoidAllocator = 4,

    /// <summary>The BTI objects the call's BTI handles name (zx_bti_pin changes its BTI's PMT list).</summary>
    NamedBti = 8,

    /// <summary>The Linux surface's world (every Linux call, and process_create, which gives the new process an mm).</summary>
    LinuxWorld = 16,
}
