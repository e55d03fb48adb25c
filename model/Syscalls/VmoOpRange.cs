using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_vmo_op_range(vmo, op, offset, size). The handle is looked up without a right (BAD_HANDLE,
/// WRONG_TYPE); each op then checks its own right first and its own range rules (reference notes §4).
/// An unknown op is INVALID_ARGS.
/// </summary>
public static class VmoOpRange
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.VmoOpRange call)
    {
        if (!HandleLookup.TryGetVmo(state, process, call.Vmo, Rights.None, out var handle, out var vmo, out var error))
        {
            return Outcome.Fail(state, error);
        }

        var op = new RangeOp(state, handle.Rights, vmo, call.Offset, call.Size);
        return call.Op switch
        {
            VmoOp.Commit => CommitOps.Commit(op),
            VmoOp.Decommit => CommitOps.Decommit(op),
            VmoOp.Zero => CommitOps.Zero(op),
            VmoOp.Lock => LockOps.Lock(op),
            VmoOp.TryLock => LockOps.TryLock(op),
            VmoOp.Unlock => LockOps.Unlock(op),
            VmoOp.DontNeed => HintOps.DontNeed(op),
            VmoOp.AlwaysNeed => HintOps.AlwaysNeed(op),
            VmoOp.CacheSync or VmoOp.CacheClean or VmoOp.CacheCleanInvalidate => CacheOps.Maintain(op),
            VmoOp.CacheInvalidate => CacheOps.Invalidate(op),
            VmoOp.Prefetch => CacheOps.Prefetch(op),
            _ => Outcome.Fail(state, Status.ZxErrInvalidArgs),
        };
    }
}
