using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>munlockall(): clears VM_LOCKED on every VMA and ends MCL_FUTURE. Always OK.</summary>
public static class Munlockall
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.Munlockall call)
    {
        var me = state.Me(process);
        var unlocked = me with
        {
            LockFuture = false,
            Vmas = me.Vmas.SetItems(me.Vmas.Select(v => KeyValuePair.Create(v.Key, Mlock.Locked(v.Value, lockIt: false)))),
        };
        return LinuxEdits.Ok(state.With(process, unlocked));
    }
}
