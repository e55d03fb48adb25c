using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// mlockall (INV-LINUX-11; mm/mlock.c sys_mlockall, apply_mlockall_flags): no flag, an unknown flag or
/// MCL_ONFAULT alone is EINVAL. Each call replaces the MCL_FUTURE state (L-5); MCL_CURRENT locks every
/// area but the droppable ones and, without MCL_ONFAULT, populates them.
/// </summary>
internal static class Mlockall
{
    public static SyscallResult Run(CallContext context, Abi.Mlockall call)
    {
        context.Need(linux: true, memory: true);
        if (call.Flags == 0 || (call.Flags & ~(MclCurrent | MclFuture | MclOnFault)) != 0 || call.Flags == MclOnFault)
        {
            return SyscallResult.Error(Status.Einval);
        }

        var pid = context.ProcessKoid;
        if (context.Linux.Mm(pid) is not { } mm)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        mm = mm with { LockFuture = (call.Flags & MclFuture) != 0 };
        if ((call.Flags & MclCurrent) != 0)
        {
            mm = mm with { Areas = mm.Areas.SetItems(mm.Areas.Select(a => KeyValuePair.Create(a.Key, LockRange.Locked(context, a.Value, locking: true)))) };
        }

        context.Linux = context.Linux.WithMm(pid, mm);
        if ((call.Flags & MclCurrent) != 0 && (call.Flags & MclOnFault) == 0)
        {
            Populate.Range(context, pid, 0, TaskSize);
        }

        return SyscallResult.Ok();
    }
}
