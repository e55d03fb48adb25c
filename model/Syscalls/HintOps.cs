using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// DONT_NEED and ALWAYS_NEED (D-7). No right is needed. A VMO neither discardable nor pager-backed
/// answers ZX_OK without a range check (INV-LOCKLESS-05); otherwise a wrapping or out-of-size range is
/// OUT_OF_RANGE. On a discardable VMO the hint applies to the whole VMO.
/// </summary>
public static class HintOps
{
    /// <summary>Moves a discardable VMO to the regular list and discards it at once when it is unlocked (INV-LOCKLESS-04).</summary>
    public static (KernelState State, SyscallResult Result) DontNeed(RangeOp op)
    {
        if (Refused(op, out var refusal))
        {
            return refusal;
        }

        var after = op.State.WithVmo(op.Vmo with { Discard = op.Vmo.Discard with { List = ReclaimList.Regular } });
        return Outcome.ZxOk(Discarding.DontNeedDiscards(op.Vmo) ? Discarding.Discard(after, op.Vmo.Koid) : after);
    }

    /// <summary>Moves a discardable VMO to the hinted list, reclaimed only at ALMOST_OOM and OOM (INV-LOCKLESS-03).</summary>
    public static (KernelState State, SyscallResult Result) AlwaysNeed(RangeOp op) =>
        Refused(op, out var refusal)
            ? refusal
            : Outcome.ZxOk(op.State.WithVmo(op.Vmo with { Discard = op.Vmo.Discard with { List = ReclaimList.Hinted } }));

    /// <summary>True when the call ends before its effect: ZX_OK for plain VMOs, ZX_OK or OUT_OF_RANGE for pager-backed ones.</summary>
    private static bool Refused(RangeOp op, out (KernelState State, SyscallResult Result) refusal)
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
