using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.OpRange;

/// <summary>ZX_VMO_OP_TRY_LOCK (D-8): like LOCK, but a discarded VMO answers UNAVAILABLE and stays unlocked.</summary>
internal static class TryLock
{
    public static SyscallResult Run(CallContext context, Abi.VmoOpRange call, HandleEntry handle)
    {
        var status = LockableRange.Check(context, call, handle, out var vmo);
        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        if (vmo.DiscardState == DiscardState.Discarded)
        {
            return SyscallResult.Error(Status.ZxErrUnavailable);
        }

        context.Put(vmo with { LockCount = vmo.LockCount + 1, DiscardState = DiscardState.Unreclaimable });
        return SyscallResult.ZxOk();
    }
}
