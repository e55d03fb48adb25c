using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_handle_close(handle). ZX_HANDLE_INVALID is ZX_OK and changes nothing; an unknown handle is
/// BAD_HANDLE. Closing the last reference destroys the object (INV-HANDLE-02); closing a PMT handle
/// without unpinning quarantines its pins (D-14).
/// </summary>
public static class HandleClose
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.HandleClose call)
    {
        if (call.Handle == KernelConstants.HandleInvalid)
        {
            return Outcome.ZxOk(state);
        }

        return state.Processes[process].Handles.ContainsKey(call.Handle)
            ? Outcome.ZxOk(Lifetime.Collect(state.RemoveHandle(process, call.Handle)))
            : Outcome.Fail(state, Status.ZxErrBadHandle);
    }
}
