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

    private static (KernelState State, SyscallResult Result) Dispatch(KernelState state, ulong process, Syscall call) =>
        call.Accept(ModelDispatch.Instance, new ModelCall(state, process));
}
