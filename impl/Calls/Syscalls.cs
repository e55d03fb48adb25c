using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// Runs one call's semantics inside its transaction. Each call checks its arguments in the real kernel's
/// order (and D-1..D-15) and returns the documented status; on an error nothing held is changed
/// (the documented exceptions: transfer_data's NO_MEMORY prefix, and zx_handle_replace, D-15).
/// </summary>
public static class Syscalls
{
    public static SyscallResult Execute(CallContext context, Syscall call) => call switch
    {
        VmoCreate c => CreateCalls.VmoCreate(context, c),
        VmoCreateContiguous c => CreateCalls.VmoCreateContiguous(context, c),
        VmoCreatePhysical c => CreateCalls.VmoCreatePhysical(context, c),
        PortCreate c => CreateCalls.PortCreate(context, c),
        PagerCreate c => CreateCalls.PagerCreate(context, c),
        PagerCreateVmo c => CreateCalls.PagerCreateVmo(context, c),
        VmoRead c => ReadWriteCalls.Read(context, c),
        VmoWrite c => ReadWriteCalls.Write(context, c),
        VmoGetSize c => ReadWriteCalls.GetSize(context, c),
        VmoSetSize c => ReadWriteCalls.SetSize(context, c),
        VmoOpRange c => OpRangeCalls.OpRange(context, c),
        VmoCreateChild c => CreateChildCall.CreateChild(context, c),
        VmoTransferData c => TransferDataCall.TransferData(context, c),
        HandleDuplicate c => HandleCalls.Duplicate(context, c),
        HandleReplace c => HandleCalls.Replace(context, c),
        HandleClose c => HandleCalls.Close(context, c),
        BtiPin c => PinCalls.Pin(context, c),
        PmtUnpin c => PinCalls.Unpin(context, c),
        VmarMap c => MappingCalls.Map(context, c),
        VmarUnmap c => MappingCalls.Unmap(context, c),
        MemRead c => MemoryAccessCalls.MemRead(context, c),
        MemWrite c => MemoryAccessCalls.MemWrite(context, c),
        ObjectGetInfo c => InfoCalls.GetInfo(context, c),
        SetFreeFrames c => ControlCalls.SetFreeFrames(context, c),
        ProcessCreate => ControlCalls.ProcessCreate(context),
        ProcessMadvise c => ProcessMadviseCall.Madvise(context, c),
        _ => SyscallResult.Error(call.IsControl ? Status.Einval : Status.ZxErrBadSyscall),
    };

    public static SyscallResult Fail(Status status) => SyscallResult.Error(status);
}
