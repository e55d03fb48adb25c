using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// The checks DONT_NEED and ALWAYS_NEED share (D-7). No right is needed. A VMO neither discardable nor
/// pager-backed answers ZX_OK without a range check (INV-LOCKLESS-05); otherwise a wrapping or
/// out-of-size range is OUT_OF_RANGE. Only a discardable VMO goes on to the hint's effect, which
/// applies to the whole VMO.
/// </summary>
public static class HintOpChecks
{
    /// <summary>True when the call ends before its effect: ZX_OK for plain VMOs, ZX_OK or OUT_OF_RANGE for pager-backed ones.</summary>
    public static bool Refused(RangeOp op, out (KernelState State, SyscallResult Result) refusal)
    {
        if (!op.Vmo.IsDiscardable && !op.Vmo.Is(VmoTraits.PagerBacked))
        {
            refusal = Outcome.ZxOk(op.State);
            return true;
        }

        if (!Ranges.InRange(op.Offset, op.Size, op.Vmo.Size))
        {
            refusal = Outcome.Fail(op.State, Status.ZxErrOutOfRange);
            return true;
        }

        refusal = Outcome.ZxOk(op.State);
        return !op.Vmo.IsDiscardable;
    }
}
