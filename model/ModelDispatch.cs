using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model;

/// <summary>The state and calling process one model step runs against.</summary>
public readonly record struct ModelCall(KernelState State, ulong Process);

/// <summary>
/// The model's handler for every call record: one pure step per record in model/Syscalls, named as the
/// record. A record added to abi/ does not compile here until its step exists.
/// </summary>
internal sealed class ModelDispatch : ISyscallVisitor<ModelCall, (KernelState, SyscallResult)>
{
    public static readonly ModelDispatch Instance = new();

    public (KernelState, SyscallResult) Visit(Abi.VmoCreate call, ModelCall c) => Syscalls.VmoCreate.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.VmoCreateContiguous call, ModelCall c) => Syscalls.VmoCreateContiguous.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.VmoCreatePhysical call, ModelCall c) => Syscalls.VmoCreatePhysical.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.PortCreate call, ModelCall c) => Syscalls.PortCreate.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.PagerCreate call, ModelCall c) => Syscalls.PagerCreate.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.PagerCreateVmo call, ModelCall c) => Syscalls.PagerCreateVmo.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.VmoRead call, ModelCall c) => Syscalls.VmoRead.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.VmoWrite call, ModelCall c) => Syscalls.VmoWrite.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.VmoGetSize call, ModelCall c) => Syscalls.VmoGetSize.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.VmoSetSize call, ModelCall c) => Syscalls.VmoSetSize.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.VmoOpRange call, ModelCall c) => Syscalls.VmoOpRange.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.VmoCreateChild call, ModelCall c) => Syscalls.VmoCreateChild.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.VmoTransferData call, ModelCall c) => Syscalls.VmoTransferData.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.HandleDuplicate call, ModelCall c) => Syscalls.HandleDuplicate.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.HandleReplace call, ModelCall c) => Syscalls.HandleReplace.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.HandleClose call, ModelCall c) => Syscalls.HandleClose.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.BtiPin call, ModelCall c) => Syscalls.BtiPin.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.PmtUnpin call, ModelCall c) => Syscalls.PmtUnpin.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.VmarMap call, ModelCall c) => Syscalls.VmarMap.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.VmarUnmap call, ModelCall c) => Syscalls.VmarUnmap.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.ObjectGetInfo call, ModelCall c) => Syscalls.ObjectGetInfo.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.Reclaim call, ModelCall c) => Syscalls.Reclaim.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.SetFreeFrames call, ModelCall c) => Syscalls.SetFreeFrames.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.MemRead call, ModelCall c) => Syscalls.MemRead.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.MemWrite call, ModelCall c) => Syscalls.MemWrite.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.ProcessCreate call, ModelCall c) => Syscalls.ProcessCreate.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.ProcessGetinfo call, ModelCall c) => Syscalls.ProcessGetinfo.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.ProcessMadvise call, ModelCall c) => Syscalls.ProcessMadvise.Step(c.State, c.Process, call);

    // The Linux surface: one step per record in model/Syscalls, over the state in model/Linux.

    public (KernelState, SyscallResult) Visit(Abi.Mmap call, ModelCall c) => Syscalls.Mmap.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.Munmap call, ModelCall c) => Syscalls.Munmap.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.Mprotect call, ModelCall c) => Syscalls.Mprotect.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.Madvise call, ModelCall c) => Syscalls.Madvise.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.Mlock call, ModelCall c) => Syscalls.Mlock.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.Munlock call, ModelCall c) => Syscalls.Munlock.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.Mlockall call, ModelCall c) => Syscalls.Mlockall.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.Munlockall call, ModelCall c) => Syscalls.Munlockall.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.Fork call, ModelCall c) => Syscalls.Fork.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.Kill call, ModelCall c) => Syscalls.Kill.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.PidfdOpen call, ModelCall c) => Syscalls.PidfdOpen.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.PidfdMadvise call, ModelCall c) => Syscalls.PidfdMadvise.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.Userfaultfd call, ModelCall c) => Syscalls.Userfaultfd.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.UffdioApi call, ModelCall c) => Syscalls.UffdioApi.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.UffdioRegister call, ModelCall c) => Syscalls.UffdioRegister.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.UffdioUnregister call, ModelCall c) => Syscalls.UffdioUnregister.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.UffdioCopy call, ModelCall c) => Syscalls.UffdioCopy.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.UffdioZeropage call, ModelCall c) => Syscalls.UffdioZeropage.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.UffdioWake call, ModelCall c) => Syscalls.UffdioWake.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.UffdRead call, ModelCall c) => Syscalls.UffdRead.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.Pipe call, ModelCall c) => Syscalls.Pipe.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.Close call, ModelCall c) => Syscalls.Close.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.FdRead call, ModelCall c) => Syscalls.FdRead.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.FdWrite call, ModelCall c) => Syscalls.FdWrite.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.Smaps call, ModelCall c) => Syscalls.Smaps.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.ProcStatus call, ModelCall c) => Syscalls.ProcStatus.Step(c.State, c.Process, call);

    public (KernelState, SyscallResult) Visit(Abi.CapDrop call, ModelCall c) => Syscalls.CapDrop.Step(c.State, c.Process, call);
}
