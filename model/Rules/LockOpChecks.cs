using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// The checks LOCK, TRY_LOCK and UNLOCK share (D-8, INV-DISC-08), in order: READ or WRITE right
/// (ACCESS_DENIED); discardable (NOT_SUPPORTED); offset + size must not wrap and must be exactly
/// (0, current size) (OUT_OF_RANGE). Only then does each op look at the lock count.
/// </summary>
public static class LockOpChecks
{
    public static bool Refused(RangeOp op, out (KernelState State, SyscallResult Result) refusal)
    {
        refusal = !op.Has(Rights.Read | Rights.Write) ? Outcome.Fail(op.State, Status.ZxErrAccessDenied)
            : !op.Vmo.IsDiscardable ? Outcome.Fail(op.State, Status.ZxErrNotSupported)
            : !Ranges.TryEnd(op.Offset, op.Size, out _) || op.Offset != 0 || op.Size != op.Vmo.Size
                ? Outcome.Fail(op.State, Status.ZxErrOutOfRange)
            : default;
        return refusal.Result is not null;
    }
}
