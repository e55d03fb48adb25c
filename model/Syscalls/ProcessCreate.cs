using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// Control call process_create() -> the new process's koid. The process takes one koid and its root
/// VMAR the next; it holds its root VMAR handle as its handle 1. The caller gets no handle. Always OK.
/// </summary>
public static class ProcessCreate
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.ProcessCreate call) =>
        Outcome.Ok(state.NewProcess(out var koid), Value.Int(koid));
}
