using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model;

/// <summary>
/// The model's one entry point: a pure function from (state, calling process, call) to (state, result).
/// The same inputs always give the same outputs; bad input never throws; a failed call returns the
/// state unchanged (INV-STATE-01) except the documented exceptions (transfer_data's NO_MEMORY, D-11;
/// handle_replace, D-15). The logical clock advances on every successful call that changed the state.
/// </summary>
public static class Kernel
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Syscall call)
    {
        if (!state.Processes.ContainsKey(process))
        {
            return Syscalls.Outcome.Fail(state, call.IsControl ? Status.Esrch : Status.ZxErrBadHandle);
        }

        var (after, result) = Dispatch(state, process, call);
        return result.Succeeded && !ReferenceEquals(after, state)
            ? (after with { Clock = state.Clock + 1 }, result)
            : (after, result);
    }

    private static (KernelState State, SyscallResult Result) Dispatch(KernelState state, ulong process, Syscall call) => call switch
    {
        Abi.VmoCreate c => Syscalls.VmoCreate.Step(state, process, c),
        Abi.VmoCreateContiguous c => Syscalls.VmoCreateContiguous.Step(state, process, c),
        Abi.VmoCreatePhysical c => Syscalls.VmoCreatePhysical.Step(state, process, c),
        Abi.PortCreate c => Syscalls.PortCreate.Step(state, process, c),
        Abi.PagerCreate c => Syscalls.PagerCreate.Step(state, process, c),
        Abi.PagerCreateVmo c => Syscalls.PagerCreateVmo.Step(state, process, c),
        Abi.VmoRead c => Syscalls.VmoRead.Step(state, process, c),
        Abi.VmoWrite c => Syscalls.VmoWrite.Step(state, process, c),
        Abi.VmoGetSize c => Syscalls.VmoGetSize.Step(state, process, c),
        Abi.VmoSetSize c => Syscalls.VmoSetSize.Step(state, process, c),
        Abi.VmoOpRange c => Syscalls.VmoOpRange.Step(state, process, c),
        Abi.VmoCreateChild c => Syscalls.VmoCreateChild.Step(state, process, c),
        Abi.VmoTransferData c => Syscalls.VmoTransferData.Step(state, process, c),
        Abi.HandleDuplicate c => Syscalls.HandleDuplicate.Step(state, process, c),
        Abi.HandleReplace c => Syscalls.HandleReplace.Step(state, process, c),
        Abi.HandleClose c => Syscalls.HandleClose.Step(state, process, c),
        Abi.BtiPin c => Syscalls.BtiPin.Step(state, process, c),
        Abi.PmtUnpin c => Syscalls.PmtUnpin.Step(state, process, c),
        Abi.VmarMap c => Syscalls.VmarMap.Step(state, process, c),
        Abi.VmarUnmap c => Syscalls.VmarUnmap.Step(state, process, c),
        Abi.ObjectGetInfo c => Syscalls.ObjectGetInfo.Step(state, process, c),
        Abi.Reclaim c => Syscalls.Reclaim.Step(state, process, c),
        Abi.SetFreeFrames c => Syscalls.SetFreeFrames.Step(state, process, c),
        Abi.MemRead c => Syscalls.MemRead.Step(state, process, c),
        Abi.MemWrite c => Syscalls.MemWrite.Step(state, process, c),
        Abi.ProcessCreate c => Syscalls.ProcessCreate.Step(state, process, c),
        Abi.ProcessGetinfo c => Syscalls.ProcessGetinfo.Step(state, process, c),
        Abi.ProcessMadvise c => Syscalls.ProcessMadvise.Step(state, process, c),
        _ => Syscalls.Outcome.Fail(state, call.IsControl ? Status.Enosys : Status.ZxErrBadSyscall),
    };
}
