using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// COMMIT, DECOMMIT and ZERO. All need WRITE first; a physical VMO has no pages to manage (NOT_SUPPORTED).
/// On a discarded, unlocked regular discardable VMO COMMIT is NOT_FOUND while DECOMMIT and ZERO, which
/// look no page up, are ZX_OK and change nothing (D-13).
/// </summary>
public static class CommitOps
{
    /// <summary>
    /// Any offsets; the range rounds out to pages before anything else (CommitRangeInternal), so only
    /// a range that is still empty after rounding (size 0 at an aligned offset) is a no-op; wrapping or
    /// past the size is OUT_OF_RANGE; all or nothing on NO_MEMORY.
    /// </summary>
    public static (KernelState State, SyscallResult Result) Commit(RangeOp op)
    {
        var roundsEmpty = op.Size == 0 && Ranges.IsAligned(op.Offset);
        if (EndsBeforePages(op, roundsEmpty, Status.ZxErrNotFound, out var early))
        {
            return early;
        }

        var view = PageView.Of(op.State, op.Vmo);
        var (first, last) = Ranges.Pages(op.Offset, op.Size);
        return Frames.TryCommit(op.State, view.Owner.Koid, first + view.PageShift, last + view.PageShift, out var after)
            ? Outcome.ZxOk(after)
            : Outcome.Fail(op.State, Status.ZxErrNoMemory);
    }

    /// <summary>
    /// In VmObjectPaged::DecommitRange and VmCowPages::DecommitRange's order: contiguous VMOs keep their
    /// pages (NOT_SUPPORTED); wrapping or past the size is OUT_OF_RANGE; an empty range is ZX_OK; a
    /// page owner with a copy-on-write parent cannot decommit, since an absent page would show the
    /// parent (NOT_SUPPORTED, <see cref="PageView.CannotDecommit"/>); offset and size must be page-aligned (INVALID_ARGS); a pinned page in
    /// the range is BAD_STATE (INV-PIN-03). The range then reads zeros and holds no frames.
    /// </summary>
    public static (KernelState State, SyscallResult Result) Decommit(RangeOp op)
    {
        if (Refused(op, out var refusal))
        {
            return refusal;
        }

        if (op.Vmo.Is(VmoTraits.Contiguous))
        {
            return Outcome.Fail(op.State, Status.ZxErrNotSupported);
        }

        if (!Ranges.InRange(op.Offset, op.Size, op.Vmo.Size))
        {
            return Outcome.Fail(op.State, Status.ZxErrOutOfRange);
        }

        if (op.Size == 0)
        {
            return Outcome.ZxOk(op.State);
        }

        var view = PageView.Of(op.State, op.Vmo);
        if (PageView.CannotDecommit(op.State, view.Owner))
        {
            return Outcome.Fail(op.State, Status.ZxErrNotSupported);
        }

        if (!Ranges.IsAligned(op.Offset) || !Ranges.IsAligned(op.Size))
        {
            return Outcome.Fail(op.State, Status.ZxErrInvalidArgs);
        }

        var first = (op.Offset / Ranges.PageSize) + view.PageShift;
        var last = first + (op.Size / Ranges.PageSize);
        if (view.Owner.Pins.Keys.Any(p => p >= first && p < last))
        {
            return Outcome.Fail(op.State, Status.ZxErrBadState);
        }

        return op.Vmo.RefusesAccess
            ? Outcome.ZxOk(op.State)
            : Outcome.ZxOk(Frames.ZeroPages(op.State, view.Owner.Koid, first, last));
    }

    /// <summary>
    /// Wrapping or past the size is OUT_OF_RANGE; size 0 is ZX_OK; a discarded VMO has no page to zero
    /// (ZX_OK, D-13). Whole pages are released, except pinned or contiguous ones, which are zeroed in
    /// place; a partial page gets zeros written unless it would read zero without a frame
    /// (ZeroPartialPage), which may commit a page (NO_MEMORY, nothing changed).
    /// </summary>
    public static (KernelState State, SyscallResult Result) Zero(RangeOp op)
    {
        if (EndsBeforePages(op, op.Size == 0, Status.ZxOk, out var early))
        {
            return early;
        }

        return ZeroRange.TryApply(op.State, op.Vmo, op.Offset, op.Size, out var after)
            ? Outcome.ZxOk(after)
            : Outcome.Fail(op.State, Status.ZxErrNoMemory);
    }

    /// <summary>
    /// The checks COMMIT and ZERO share, in order: rights and physical VMOs, then the range
    /// (OUT_OF_RANGE; the VMO size is page-rounded, so the rounded and unrounded ends agree), then an
    /// empty range (ZX_OK), then a discarded VMO (<paramref name="discarded"/>, D-13).
    /// True when one of them answers the call before any page is touched.
    /// </summary>
    private static bool EndsBeforePages(RangeOp op, bool empty, Status discarded, out (KernelState State, SyscallResult Result) early)
    {
        early = Refused(op, out var refusal) ? refusal
            : !Ranges.InRange(op.Offset, op.Size, op.Vmo.Size) ? Outcome.Fail(op.State, Status.ZxErrOutOfRange)
            : empty ? Outcome.ZxOk(op.State)
            : op.Vmo.RefusesAccess ? (discarded == Status.ZxOk ? Outcome.ZxOk(op.State) : Outcome.Fail(op.State, discarded))
            : default;
        return early.Result is not null;
    }

    private static bool Refused(RangeOp op, out (KernelState State, SyscallResult Result) refusal)
    {
        refusal = !op.Has(Rights.Write) ? Outcome.Fail(op.State, Status.ZxErrAccessDenied)
            : op.Vmo.Is(VmoTraits.Physical) ? Outcome.Fail(op.State, Status.ZxErrNotSupported)
            : default;
        return refusal.Result is not null;
    }
}
