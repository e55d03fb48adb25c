using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls.OpRange;

/// <summary>
/// ZX_VMO_OP_TRY_LOCK (<see cref="LockOpChecks"/>, D-8): a VMO discarded since its last LOCK is
/// UNAVAILABLE and nothing changes (INV-DISC-06); otherwise one more nested lock (INV-DISC-07).
/// </summary>
public static class TryLock
{
    public static (KernelState State, SyscallResult Result) Step(RangeOp op)
    {
        if (LockOpChecks.Refused(op, out var refusal))
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
}
