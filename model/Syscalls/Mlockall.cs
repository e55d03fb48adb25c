using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.State;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// mlockall(flags), as sys_mlockall / apply_mlockall_flags (6.13): no flag, an unknown flag, or
/// MCL_ONFAULT alone EINVAL. Each call replaces the MCL_FUTURE state (L-5); MCL_CURRENT locks every
/// VMA but droppable ones and populates them unless MCL_ONFAULT.
/// </summary>
public static class Mlockall
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Mlockall call)
    {
        if (call.Flags == 0 || (call.Flags & ~(MclCurrent | MclFuture | MclOnFault)) != 0 || call.Flags == MclOnFault)
        {
            return LinuxEdits.Fail(state, Status.Einval);
        }

        var me = state.Me(process) with { LockFuture = (call.Flags & MclFuture) != 0 };
        if ((call.Flags & MclCurrent) == 0)
        {
            return LinuxEdits.Ok(state.With(process, me));
        }

        var locked = me with { Vmas = me.Vmas.SetItems(me.Vmas.Select(v => KeyValuePair.Create(v.Key, Mlock.Locked(v.Value, lockIt: true)))) };
        var after = state.With(process, locked);
        return LinuxEdits.Ok((call.Flags & MclOnFault) != 0 ? after : Mlock.Populate(after, process, 0, ulong.MaxValue));
    }
}
