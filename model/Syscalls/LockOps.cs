using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// LOCK, TRY_LOCK and UNLOCK of discardable VMOs (D-8, INV-DISC-08): READ or WRITE right
/// (ACCESS_DENIED); discardable (NOT_SUPPORTED); offset + size must not wrap and must be exactly
/// (0, current size) (OUT_OF_RANGE); then the lock count. Locks nest (INV-DISC-07).
/// </summary>
public static class LockOps
{
    /// <summary>Always succeeds once checked; reports (0, size) as discarded if a discard happened since the last LOCK and clears it (INV-DISC-05).</summary>
    public static (KernelState State, SyscallResult Result) Lock(RangeOp op)
    {
        if (Refused(op, out var refusal))
        {
            return refusal;
        }

        var discard = op.Vmo.Discard;
        var discardedSize = discard.Discarded ? op.Vmo.Size : 0;
        var after = op.State.WithVmo(op.Vmo with
        {
            Discard = discard with
            {
                LockCount = discard.LockCount + 1,
                EverLocked = true,
                Discarded = op.State.Has(ModelFaults.LockKeepsDiscarded) && discard.Discarded,
            },
        });
        var lockState = Value.Record(
            ("offset", Value.Int(op.Offset)),
            ("size", Value.Int(op.Size)),
            ("discarded_offset", Value.Int(0)),
            ("discarded_size", Value.Int(discardedSize)));
        return Outcome.ZxOk(after, lockState);
    }

    /// <summary>A VMO discarded since its last LOCK is UNAVAILABLE and nothing changes (INV-DISC-06).</summary>
    public static (KernelState State, SyscallResult Result) TryLock(RangeOp op)
    {
        if (Refused(op, out var refusal))
        {
            return refusal;
        }

        var discard = op.Vmo.Discard;
        if (discard.Discarded)
        {
            return Outcome.Fail(op.State, Status.ZxErrUnavailable);
        }

        return Outcome.ZxOk(op.State.WithVmo(op.Vmo with
        {
            Discard = discard with { LockCount = discard.LockCount + 1, EverLocked = true },
        }));
    }

    /// <summary>At lock count 0 BAD_STATE; the unlock that reaches 0 stamps the logical clock for LRU reclaim (D-6).</summary>
    public static (KernelState State, SyscallResult Result) Unlock(RangeOp op)
    {
        if (Refused(op, out var refusal))
        {
            return refusal;
        }

        var discard = op.Vmo.Discard;
        if (discard.LockCount == 0)
        {
            return Outcome.Fail(op.State, Status.ZxErrBadState);
        }

        var count = op.State.Has(ModelFaults.UnlockDropsNestedLocks) ? 0 : discard.LockCount - 1;
        var stamp = count == 0 ? op.State.Clock : discard.LastUnlock;
        return Outcome.ZxOk(op.State.WithVmo(op.Vmo with
        {
            Discard = discard with { LockCount = count, LastUnlock = stamp },
        }));
    }

    private static bool Refused(RangeOp op, out (KernelState State, SyscallResult Result) refusal)
    {
        refusal = !op.Has(Rights.Read | Rights.Write) ? Outcome.Fail(op.State, Status.ZxErrAccessDenied)
            : !op.Vmo.IsDiscardable ? Outcome.Fail(op.State, Status.ZxErrNotSupported)
            : !Ranges.TryEnd(op.Offset, op.Size, out _) || op.Offset != 0 || op.Size != op.Vmo.Size
                ? Outcome.Fail(op.State, Status.ZxErrOutOfRange)
            : default;
        return refusal.Result is not null;
    }
}
