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
}
