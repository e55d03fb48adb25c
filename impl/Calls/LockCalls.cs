using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// ZX_VMO_OP_LOCK, TRY_LOCK and UNLOCK (D-8, D-12): READ or WRITE right, then discardability, then the
/// exact (0, size) range, then the lock count. Locks nest; the first LOCK after a discard reports it.
/// </summary>
public static class LockCalls
{
    public static SyscallResult Lock(CallContext context, VmoOpRange call, HandleEntry handle)
    {
        if ((handle.Rights & (Rights.Read | Rights.Write)) == 0)
        {
            return Syscalls.Fail(Status.ZxErrAccessDenied);
        }

        var vmo = context.Vmo(handle.Object);
        if (!vmo.Discardable)
        {
            return Syscalls.Fail(Status.ZxErrNotSupported);
        }

        if (VmoAccess.Overflows(call.Offset, call.Size) || call.Offset != 0 || call.Size != vmo.Size)
        {
            return Syscalls.Fail(Status.ZxErrOutOfRange);
        }

        switch (call.Op)
        {
            case VmoOp.Lock:
                context.Put(vmo with { LockCount = vmo.LockCount + 1, DiscardState = DiscardState.Unreclaimable, DiscardedSinceLock = false });
                return SyscallResult.ZxOk(Value.Record(
                    ("offset", Value.Int(call.Offset)),
                    ("size", Value.Int(call.Size)),
                    ("discarded_offset", Value.Int(0)),
                    ("discarded_size", Value.Int(vmo.DiscardedSinceLock ? vmo.Size : 0))));
            case VmoOp.TryLock:
                if (vmo.DiscardState == DiscardState.Discarded)
                {
                    return Syscalls.Fail(Status.ZxErrUnavailable);
                }

                context.Put(vmo with { LockCount = vmo.LockCount + 1, DiscardState = DiscardState.Unreclaimable });
                return SyscallResult.ZxOk();
            default:
                return Unlock(context, vmo);
        }
    }

    private static SyscallResult Unlock(CallContext context, VmoState vmo)
    {
        var checkedCount = context.Bugs.Has(SeededBug.UnlockDoubleDecrement) && context.Peeked.TryGetValue(vmo.Koid, out var peeked)
            ? peeked.LockCount
            : vmo.LockCount;
        if (checkedCount <= 0)
        {
            return Syscalls.Fail(Status.ZxErrBadState);
        }

        var count = vmo.LockCount - 1;
        if (count > 0)
        {
            context.Put(vmo with { LockCount = count });
            return SyscallResult.ZxOk();
        }

        context.ChangeReclaimList(vmo.Koid, vmo.Actor, ReclaimListChangeKind.Touch);
        context.Put(vmo with { LockCount = count, DiscardState = DiscardState.Reclaimable });
        return SyscallResult.ZxOk();
    }
}
