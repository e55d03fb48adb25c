using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_vmo_op_range(vmo, op, offset, size). The handle is looked up without a right (BAD_HANDLE,
/// WRONG_TYPE); each op (one file per op in model/Syscalls/OpRange) then checks its own right first
/// and its own range rules (reference notes §4). An unknown op is INVALID_ARGS.
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
            VmoOp.Commit => OpRange.Commit.Step(op),
            VmoOp.Decommit => OpRange.Decommit.Step(op),
            VmoOp.Zero => OpRange.Zero.Step(op),
            VmoOp.Lock => OpRange.Lock.Step(op),
            VmoOp.TryLock => OpRange.TryLock.Step(op),
            VmoOp.Unlock => OpRange.Unlock.Step(op),
            VmoOp.DontNeed => OpRange.DontNeed.Step(op),
            VmoOp.AlwaysNeed => OpRange.AlwaysNeed.Step(op),
            VmoOp.CacheSync or VmoOp.CacheClean or VmoOp.CacheCleanInvalidate => OpRange.CacheMaintenance.Step(op),
            VmoOp.CacheInvalidate => OpRange.CacheInvalidate.Step(op),
            VmoOp.Prefetch => OpRange.Prefetch.Step(op),
            _ => Outcome.Fail(state, Status.ZxErrInvalidArgs),
        };
    }
}
