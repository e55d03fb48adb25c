using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls.OpRange;

/// <summary>
/// ZX_VMO_OP_LOCK of a discardable VMO (<see cref="LockOpChecks"/>, D-8). Always succeeds once
/// checked; locks nest (INV-DISC-07); reports (0, size) as discarded if a discard happened since the
/// last LOCK and clears it (INV-DISC-05).
/// </summary>
public static class Lock
{
    public static (KernelState State, SyscallResult Result) Step(RangeOp op)
    {
        if (LockOpChecks.Refused(op, out var refusal))
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
}
