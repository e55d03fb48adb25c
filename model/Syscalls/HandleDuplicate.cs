using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_handle_duplicate(handle, rights) -> a new handle to the same object. Order: BAD_HANDLE; the
/// source lacks DUPLICATE (ACCESS_DENIED); rights not a subset of the source's (INVALID_ARGS).
/// ZX_RIGHT_SAME_RIGHTS copies the source's rights. Never adds rights (INV-RIGHTS-02).
/// </summary>
public static class HandleDuplicate
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.HandleDuplicate call)
    {
        if (!state.Processes[process].Handles.TryGetValue(call.Handle, out var source))
        {
            return Outcome.Fail(state, Status.ZxErrBadHandle);
        }

        if ((source.Rights & Rights.Duplicate) == 0)
        {
            return Outcome.Fail(state, Status.ZxErrAccessDenied);
        }

        if (!HandleReplace.TryNarrow(source.Rights, call.Rights, out var rights))
        {
            return Outcome.Fail(state, Status.ZxErrInvalidArgs);
        }

        if (state.Has(ModelFaults.DuplicateRestoresDefaultRights) && call.Rights == (uint)Rights.SameRights && source.Type == ObjectType.Vmo)
        {
            rights = Rights.DefaultVmo;
        }

        var after = state.AddHandle(process, source.Koid, source.Type, rights, out var handle);
        return Outcome.ZxOk(after, Value.Int(handle));
    }
}
