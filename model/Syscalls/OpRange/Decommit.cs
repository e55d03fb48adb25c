using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls.OpRange;

/// <summary>
/// ZX_VMO_OP_DECOMMIT, in VmObjectPaged::DecommitRange and VmCowPages::DecommitRange's order: WRITE
/// and physical (<see cref="PageOpChecks.Refused"/>); contiguous VMOs keep their pages
/// (NOT_SUPPORTED); wrapping or past the size is OUT_OF_RANGE; an empty range is ZX_OK; a page owner
/// with a copy-on-write parent cannot decommit, since an absent page would show the parent
/// (NOT_SUPPORTED, <see cref="PageView.CannotDecommit"/>); offset and size must be page-aligned
/// (INVALID_ARGS); a pinned page in the range is BAD_STATE (INV-PIN-03). The range then reads zeros and
/// holds no frames; a discarded VMO looks no page up and is ZX_OK unchanged (D-13).
/// </summary>
public static class Decommit
{
    public static (KernelState State, SyscallResult Result) Step(RangeOp op)
    {
        if (PageOpChecks.Refused(op, out var refusal))
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
}
