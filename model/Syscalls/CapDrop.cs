using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>Control call cap_drop(cap): the current process loses the capability (L-14); a number past CAP_LAST_CAP (40) EINVAL; dropping one not held is OK.</summary>
public static class CapDrop
{
    private const uint CapLastCap = 40;

    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.CapDrop call)
    {
        if (call.Capability > CapLastCap)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        var me = state.Me(process);
        return LinuxEdits.Ok(me.Capabilities.Contains(call.Capability) ? state.With(process, me with { Capabilities = me.Capabilities.Remove(call.Capability) }) : state);
    }
}
