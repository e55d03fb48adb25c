using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.OpRange;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// zx_vmo_op_range: the handle first (BAD_HANDLE, WRONG_TYPE, no right yet), then each op in OpRange/
/// checks its own right before anything else (zircon-semantics.md §4); unknown ops INVALID_ARGS.
/// </summary>
internal static class VmoOpRange
{
    public static SyscallResult Run(CallContext context, Abi.VmoOpRange call)
    {
        var status = context.View.Lookup(call.Vmo, ObjectKind.Vmo, Rights.None, out var handle);
        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        return call.Op switch
        {
            VmoOp.Commit => Commit.Run(context, call, handle),
            VmoOp.Decommit => Decommit.Run(context, call, handle),
            VmoOp.Lock => OpRange.Lock.Run(context, call, handle),
            VmoOp.TryLock => TryLock.Run(context, call, handle),
            VmoOp.Unlock => Unlock.Run(context, call, handle),
            VmoOp.Zero => Zero.Run(context, call, handle),
            VmoOp.DontNeed => DontNeed.Run(context, call, handle),
            VmoOp.AlwaysNeed => AlwaysNeed.Run(context, call, handle),
            VmoOp.CacheSync or VmoOp.CacheClean or VmoOp.CacheCleanInvalidate => CacheMaintenance.Run(context, call, handle),
            VmoOp.CacheInvalidate => CacheInvalidate.Run(),
            VmoOp.Prefetch => Prefetch.Run(context, call, handle),

            // The op is a word the caller chose: an unknown one is the kernel's INVALID_ARGS, not a missing arm.
            _ => SyscallResult.Error(Status.ZxErrInvalidArgs),
        };
    }
}
