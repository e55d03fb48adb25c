using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_handle_replace(handle, rights) -> a new handle; the old one is gone. Order: BAD_HANDLE; rights
/// not a subset (INVALID_ARGS). No DUPLICATE right is needed. The original handle is removed even when
/// the rights are refused (D-15), so that failure may destroy the object it was the last reference to.
/// </summary>
public static class HandleReplace
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.HandleReplace call)
    {
        if (!state.Processes[process].Handles.TryGetValue(call.Handle, out var source))
        {
            return Outcome.Fail(state, Status.ZxErrBadHandle);
        }

        var removed = state.RemoveHandle(process, call.Handle);
        if (!TryNarrow(source.Rights, call.Rights, out var rights))
        {
            return Outcome.Fail(Lifetime.Collect(removed), Status.ZxErrInvalidArgs);
        }

        var after = removed.AddHandle(process, source.Koid, source.Type, rights, out var handle);
        return Outcome.ZxOk(after, Value.Int(handle));
    }

    /// <summary>The rights a new handle gets: the source's for SAME_RIGHTS, else the request if it is a subset.</summary>
    public static bool TryNarrow(Rights source, uint requested, out Rights rights)
    {
        rights = requested == (uint)Rights.SameRights ? source : (Rights)requested;
        return (source & rights) == rights;
    }
}
