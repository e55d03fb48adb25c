using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;

namespace VmoKernel.Kernel.Calls;

/// <summary>munlock (INV-LINUX-11): the range walk of <see cref="LockRange"/>.</summary>
internal static class Munlock
{
    public static SyscallResult Run(CallContext context, Abi.Munlock call)
    {
        context.Need(linux: true, memory: true);
        return context.Linux.Mm(context.ProcessKoid) is null ? SyscallResult.Error(Status.Esrch) : LockRange.Apply(context, call.Addr, call.Length, locking: false);
    }
}
