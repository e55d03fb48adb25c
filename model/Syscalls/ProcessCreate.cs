using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// Control call process_create() -> the new process's koid. The process takes one koid and its root
/// VMAR the next; it holds its root VMAR handle as its handle 1. The caller gets no handle and is recorded as its creator. Always OK.
/// </summary>
public static class ProcessCreate
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.ProcessCreate call)
    {
        var after = state.NewProcess(out var koid);

        // The creator is what process_getinfo and process_madvise grant access by (spec/getinfo.md).
        return Outcome.Ok(after.WithProcess(after.Processes[koid] with { Creator = process }), Value.Int(koid));
    }
}
