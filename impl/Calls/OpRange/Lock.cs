using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.OpRange;

/// <summary>
/// ZX_VMO_OP_LOCK (D-8, D-12): after the shared lock checks, the count goes up and the VMO becomes
/// unreclaimable; the zx_vmo_lock_state_t reports a discard since the last lock as the whole VMO.
/// </summary>
internal static class Lock
{
    public static SyscallResult Run(CallContext context, Abi.VmoOpRange call, HandleEntry handle)
    {
        var status = LockableRange.Check(context, call, handle, out var vmo);
        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        context.Put(vmo with { LockCount = vmo.LockCount + 1, DiscardState = DiscardState.Unreclaimable, DiscardedSinceLock = false });
        return SyscallResult.ZxOk(Value.Record(
            ("offset", Value.Int(call.Offset)),
            ("size", Value.Int(call.Size)),
            ("discarded_offset", Value.Int(0)),
            ("discarded_size", Value.Int(vmo.DiscardedSinceLock ? vmo.Size : 0))));
    }
}
