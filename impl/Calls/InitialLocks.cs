using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// The <see cref="StandingLocks"/> of every call record, by visitor so a new record must say what it
/// takes. process_getinfo and reclaim do not run as ordinary transactions and take none here.
/// </summary>
internal sealed class InitialLocks : ISyscallVisitor<ValueTuple, StandingLocks>
{
    public static readonly InitialLocks Instance = new();

    public StandingLocks Visit(Abi.VmoCreate call, ValueTuple none) => (call.Options & (VmoOptions.Discardable | VmoOptions.DiscardableLockless)) != 0 ? StandingLocks.Reclaimer | StandingLocks.KoidAllocator : StandingLocks.KoidAllocator;

    public StandingLocks Visit(Abi.VmoCreateContiguous call, ValueTuple none) => StandingLocks.PhysicalMemory | StandingLocks.KoidAllocator;

    public StandingLocks Visit(Abi.VmoCreatePhysical call, ValueTuple none) => StandingLocks.KoidAllocator;

    public StandingLocks Visit(Abi.PortCreate call, ValueTuple none) => StandingLocks.KoidAllocator;

    public StandingLocks Visit(Abi.PagerCreate call, ValueTuple none) => StandingLocks.KoidAllocator;

    public StandingLocks Visit(Abi.PagerCreateVmo call, ValueTuple none) => StandingLocks.KoidAllocator;

    public StandingLocks Visit(Abi.VmoRead call, ValueTuple none) => StandingLocks.None;

    public StandingLocks Visit(Abi.VmoWrite call, ValueTuple none) => StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.VmoGetSize call, ValueTuple none) => StandingLocks.None;

    public StandingLocks Visit(Abi.VmoSetSize call, ValueTuple none) => StandingLocks.None;

    public StandingLocks Visit(Abi.VmoOpRange call, ValueTuple none) => call.Op switch
    {
        VmoOp.Commit or VmoOp.Decommit or VmoOp.Zero or VmoOp.DontNeed => StandingLocks.PhysicalMemory,
        VmoOp.Unlock => StandingLocks.Reclaimer,

        // The other ops change no singleton; an unknown op fails before touching anything.
        _ => StandingLocks.None,
    };

    public StandingLocks Visit(Abi.VmoCreateChild call, ValueTuple none) => StandingLocks.KoidAllocator;

    public StandingLocks Visit(Abi.VmoTransferData call, ValueTuple none) => StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.HandleDuplicate call, ValueTuple none) => StandingLocks.None;

    public StandingLocks Visit(Abi.HandleReplace call, ValueTuple none) => StandingLocks.None;

    public StandingLocks Visit(Abi.HandleClose call, ValueTuple none) => StandingLocks.None;

    public StandingLocks Visit(Abi.BtiPin call, ValueTuple none) => StandingLocks.NamedBti | StandingLocks.PhysicalMemory | StandingLocks.KoidAllocator;

    public StandingLocks Visit(Abi.PmtUnpin call, ValueTuple none) => StandingLocks.None;

    public StandingLocks Visit(Abi.VmarMap call, ValueTuple none) => StandingLocks.None;

    public StandingLocks Visit(Abi.VmarUnmap call, ValueTuple none) => StandingLocks.None;

    public StandingLocks Visit(Abi.ObjectGetInfo call, ValueTuple none) => StandingLocks.None;

    public StandingLocks Visit(Abi.Reclaim call, ValueTuple none) => StandingLocks.None;

    public StandingLocks Visit(Abi.SetFreeFrames call, ValueTuple none) => StandingLocks.PhysicalMemory;

    // An access takes the Linux world to see whether its address is in a Linux area (model/Linux decides the same way).
    public StandingLocks Visit(Abi.MemRead call, ValueTuple none) => StandingLocks.LinuxWorld;

    public StandingLocks Visit(Abi.MemWrite call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.ProcessCreate call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.KoidAllocator;

    public StandingLocks Visit(Abi.ProcessGetinfo call, ValueTuple none) => StandingLocks.None;

    public StandingLocks Visit(Abi.ProcessMadvise call, ValueTuple none) => call.Advice != ProcessInfoOptions.MadvWillNeed ? StandingLocks.PhysicalMemory : StandingLocks.None;

    // ---- the Linux surface: the Linux world, and the frames its pages take or give back; fork also numbers its child.

    public StandingLocks Visit(Abi.CapDrop call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.Close call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.FdRead call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.FdWrite call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.Fork call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory | StandingLocks.KoidAllocator;

    public StandingLocks Visit(Abi.Kill call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.Madvise call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.Mlock call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.Mlockall call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.Mmap call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.Mprotect call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.Munlock call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.Munlockall call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.Munmap call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.PidfdMadvise call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.PidfdOpen call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.Pipe call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.ProcStatus call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.Smaps call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.UffdRead call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.UffdioApi call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.UffdioCopy call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.UffdioRegister call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.UffdioUnregister call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.UffdioWake call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.UffdioZeropage call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;

    public StandingLocks Visit(Abi.Userfaultfd call, ValueTuple none) => StandingLocks.LinuxWorld | StandingLocks.PhysicalMemory;
}
