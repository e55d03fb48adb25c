using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_object_get_info(handle, topic). ZX_INFO_HANDLE_VALID: BAD_HANDLE or ZX_OK. ZX_INFO_HANDLE_BASIC:
/// any handle, {koid, rights, type, related_koid}. ZX_INFO_VMO: any VMO handle, no right needed, as
/// sys_object_get_info looks it up with GetDispatcherAndRights (BAD_HANDLE, WRONG_TYPE), and the record
/// of <see cref="VmoInfo"/> (INV-INFO-01). Any other topic is NOT_SUPPORTED before the handle is looked at.
/// </summary>
public static class ObjectGetInfo
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.ObjectGetInfo call)
    {
        var handles = state.Processes[process].Handles;
        switch (call.Topic)
        {
            case InfoTopic.HandleValid:
                return handles.ContainsKey(call.Handle) ? Outcome.ZxOk(state) : Outcome.Fail(state, Status.ZxErrBadHandle);
            case InfoTopic.HandleBasic:
                if (!handles.TryGetValue(call.Handle, out var entry))
                {
                    return Outcome.Fail(state, Status.ZxErrBadHandle);
                }

                return Outcome.ZxOk(state, Value.Record(
                    ("koid", Value.Int(entry.Koid)),
                    ("rights", Value.Int((ulong)entry.Rights)),
                    ("type", Value.Int(entry.Type)),
                    ("related_koid", Value.Int(0))));
            case InfoTopic.Vmo:
                return HandleLookup.TryGetVmo(state, process, call.Handle, Rights.None, out var handle, out var vmo, out var error)
                    ? Outcome.ZxOk(state, VmoInfo.Of(state, vmo, handle.Rights))
                    : Outcome.Fail(state, error);
            default:
                return Outcome.Fail(state, Status.ZxErrNotSupported);
        }
    }
}
