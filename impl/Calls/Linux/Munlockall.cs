using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;

namespace VmoKernel.Kernel.Calls;

/// <summary>munlockall (INV-LINUX-11): every area unlocked and MCL_FUTURE cleared (L-5).</summary>
internal static class Munlockall
{
    public static SyscallResult Run(CallContext context, Abi.Munlockall call)
    {
        context.Need(linux: true);
        var pid = context.ProcessKoid;
        if (context.Linux.Mm(pid) is not { } mm)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        mm = mm with { LockFuture = false, Areas = mm.Areas.SetItems(mm.Areas.Select(a => KeyValuePair.Create(a.Key, LockRange.Locked(context, a.Value, locking: false)))) };
        context.Linux = context.Linux.WithMm(pid, mm);
        return SyscallResult.Ok();
    }
}
