using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;

namespace VmoKernel.Kernel.Calls;

/// <summary>mlock (INV-LINUX-11): the range walk of <see cref="LockRange"/>, then the locked pages are populated.</summary>
internal static class Mlock
{
    public static SyscallResult Run(CallContext context, Abi.Mlock call)
    {
        context.Need(linux: true, memory: true);
        return context.Linux.Mm(context.ProcessKoid) is null ? SyscallResult.Error(Status.Esrch) : LockRange.Apply(context, call.Addr, call.Length, locking: true);
    }
}
