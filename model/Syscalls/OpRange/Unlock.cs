using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls.OpRange;

/// <summary>
/// ZX_VMO_OP_UNLOCK (<see cref="LockOpChecks"/>, D-8): at lock count 0 BAD_STATE; the unlock that
/// reaches 0 stamps the logical clock for LRU reclaim (D-6).
/// </summary>
public static class Unlock
{
    public static (KernelState State, SyscallResult Result) Step(RangeOp op)
    {
        if (LockOpChecks.Refused(op, out var refusal))
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
}
