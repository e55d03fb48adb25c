using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// The kernel's handler for every call record: how its thread runs it (<see cref="ICallThread"/>) and
/// which semantics, one file per record in impl/Calls named as the record. A record added to abi/ does
/// not compile here until the kernel handles it; there is no catch-all arm.
/// </summary>
internal sealed class KernelCalls : ISyscallVisitor<ICallThread, Task<SyscallResult>>
{
    public static readonly KernelCalls Instance = new();

    public Task<SyscallResult> Visit(Abi.VmoCreate call, ICallThread thread) => thread.TransactAsync(context => VmoCreate.Run(context, call));

    public Task<SyscallResult> Visit(Abi.VmoCreateContiguous call, ICallThread thread) => thread.TransactAsync(context => VmoCreateContiguous.Run(context, call));

    public Task<SyscallResult> Visit(Abi.VmoCreatePhysical call, ICallThread thread) => thread.TransactAsync(context => VmoCreatePhysical.Run(context, call));

    public Task<SyscallResult> Visit(Abi.PortCreate call, ICallThread thread) => thread.TransactAsync(context => PortCreate.Run(context, call));

    public Task<SyscallResult> Visit(Abi.PagerCreate call, ICallThread thread) => thread.TransactAsync(context => PagerCreate.Run(context, call));

    public Task<SyscallResult> Visit(Abi.PagerCreateVmo call, ICallThread thread) => thread.TransactAsync(context => PagerCreateVmo.Run(context, call));

    public Task<SyscallResult> Visit(Abi.VmoRead call, ICallThread thread) => thread.TransactAsync(context => VmoRead.Run(context, call));

    public Task<SyscallResult> Visit(Abi.VmoWrite call, ICallThread thread) => thread.TransactAsync(context => VmoWrite.Run(context, call));

    public Task<SyscallResult> Visit(Abi.VmoGetSize call, ICallThread thread) => thread.TransactAsync(context => VmoGetSize.Run(context, call));

    public Task<SyscallResult> Visit(Abi.VmoSetSize call, ICallThread thread) => thread.TransactAsync(context => VmoSetSize.Run(context, call));

    public Task<SyscallResult> Visit(Abi.VmoOpRange call, ICallThread thread) => thread.TransactAsync(context => VmoOpRange.Run(context, call));

    public Task<SyscallResult> Visit(Abi.VmoCreateChild call, ICallThread thread) => thread.TransactAsync(context => VmoCreateChild.Run(context, call));

    public Task<SyscallResult> Visit(Abi.VmoTransferData call, ICallThread thread) => thread.TransactAsync(context => VmoTransferData.Run(context, call));

    public Task<SyscallResult> Visit(Abi.HandleDuplicate call, ICallThread thread) => thread.TransactAsync(context => HandleDuplicate.Run(context, call));

    public Task<SyscallResult> Visit(Abi.HandleReplace call, ICallThread thread) => thread.TransactAsync(context => HandleReplace.Run(context, call));

    public Task<SyscallResult> Visit(Abi.HandleClose call, ICallThread thread) => thread.TransactAsync(context => HandleClose.Run(context, call));

    public Task<SyscallResult> Visit(Abi.BtiPin call, ICallThread thread) => thread.TransactAsync(context => BtiPin.Run(context, call));

    public Task<SyscallResult> Visit(Abi.PmtUnpin call, ICallThread thread) => thread.TransactAsync(context => PmtUnpin.Run(context, call));

    public Task<SyscallResult> Visit(Abi.VmarMap call, ICallThread thread) => thread.TransactAsync(context => VmarMap.Run(context, call));

    public Task<SyscallResult> Visit(Abi.VmarUnmap call, ICallThread thread) => thread.TransactAsync(context => VmarUnmap.Run(context, call));

    public Task<SyscallResult> Visit(Abi.ObjectGetInfo call, ICallThread thread) => thread.TransactAsync(context => ObjectGetInfo.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Reclaim call, ICallThread thread) => thread.ReclaimAsync(call);

    public Task<SyscallResult> Visit(Abi.SetFreeFrames call, ICallThread thread) => thread.TransactAsync(context => SetFreeFrames.Run(context, call));

    public Task<SyscallResult> Visit(Abi.MemRead call, ICallThread thread) => thread.TransactAsync(context => MemRead.Run(context, call));

    public Task<SyscallResult> Visit(Abi.MemWrite call, ICallThread thread) => thread.TransactAsync(context => MemWrite.Run(context, call));

    public Task<SyscallResult> Visit(Abi.ProcessCreate call, ICallThread thread) => thread.TransactAsync(context => ProcessCreate.Run(context, call));

    public Task<SyscallResult> Visit(Abi.ProcessGetinfo call, ICallThread thread) => thread.SnapshotAsync(call);

    public Task<SyscallResult> Visit(Abi.ProcessMadvise call, ICallThread thread) => thread.TransactAtTargetAsync(call, context => ProcessMadvise.Run(context, call));

    // ---- the Linux surface (impl/Calls/Linux): each a transaction over the Linux world at the caller; a blocking run waits for its wake and runs again.

    public Task<SyscallResult> Visit(Abi.CapDrop call, ICallThread thread) => thread.TransactAsync(context => CapDrop.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Close call, ICallThread thread) => thread.TransactAsync(context => Close.Run(context, call));

    public Task<SyscallResult> Visit(Abi.FdRead call, ICallThread thread) => thread.TransactAsync(context => FdRead.Run(context, call));

    public Task<SyscallResult> Visit(Abi.FdWrite call, ICallThread thread) => thread.TransactAsync(context => FdWrite.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Fork call, ICallThread thread) => thread.TransactAsync(context => Fork.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Kill call, ICallThread thread) => thread.TransactAsync(context => Kill.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Madvise call, ICallThread thread) => thread.TransactAsync(context => Madvise.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Mlock call, ICallThread thread) => thread.TransactAsync(context => Mlock.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Mlockall call, ICallThread thread) => thread.TransactAsync(context => Mlockall.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Mmap call, ICallThread thread) => thread.TransactAsync(context => Mmap.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Mprotect call, ICallThread thread) => thread.TransactAsync(context => Mprotect.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Munlock call, ICallThread thread) => thread.TransactAsync(context => Munlock.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Munlockall call, ICallThread thread) => thread.TransactAsync(context => Munlockall.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Munmap call, ICallThread thread) => thread.TransactAsync(context => Munmap.Run(context, call));

    public Task<SyscallResult> Visit(Abi.PidfdMadvise call, ICallThread thread) => thread.TransactAsync(context => PidfdMadvise.Run(context, call));

    public Task<SyscallResult> Visit(Abi.PidfdOpen call, ICallThread thread) => thread.TransactAsync(context => PidfdOpen.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Pipe call, ICallThread thread) => thread.TransactAsync(context => Pipe.Run(context, call));

    public Task<SyscallResult> Visit(Abi.ProcStatus call, ICallThread thread) => thread.TransactAsync(context => ProcStatus.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Smaps call, ICallThread thread) => thread.TransactAsync(context => Smaps.Run(context, call));

    public Task<SyscallResult> Visit(Abi.UffdRead call, ICallThread thread) => thread.TransactAsync(context => UffdRead.Run(context, call));

    public Task<SyscallResult> Visit(Abi.UffdioApi call, ICallThread thread) => thread.TransactAsync(context => UffdioApi.Run(context, call));

    public Task<SyscallResult> Visit(Abi.UffdioCopy call, ICallThread thread) => thread.TransactAsync(context => UffdioCopy.Run(context, call));

    public Task<SyscallResult> Visit(Abi.UffdioRegister call, ICallThread thread) => thread.TransactAsync(context => UffdioRegister.Run(context, call));

    public Task<SyscallResult> Visit(Abi.UffdioUnregister call, ICallThread thread) => thread.TransactAsync(context => UffdioUnregister.Run(context, call));

    public Task<SyscallResult> Visit(Abi.UffdioWake call, ICallThread thread) => thread.TransactAsync(context => UffdioWake.Run(context, call));

    public Task<SyscallResult> Visit(Abi.UffdioZeropage call, ICallThread thread) => thread.TransactAsync(context => UffdioZeropage.Run(context, call));

    public Task<SyscallResult> Visit(Abi.Userfaultfd call, ICallThread thread) => thread.TransactAsync(context => Userfaultfd.Run(context, call));
}
