using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls.OpRange;

/// <summary>
/// ZX_VMO_OP_COMMIT. Any offsets; the range rounds out to pages before anything else
/// (CommitRangeInternal), so only a range that is still empty after rounding (size 0 at an aligned
/// offset) is a no-op; WRITE, physical, then wrapping or past the size is OUT_OF_RANGE; a discarded,
/// unlocked regular discardable VMO is NOT_FOUND (D-13); all or nothing on NO_MEMORY.
/// </summary>
public static class Commit
{
    public static (KernelState State, SyscallResult Result) Step(RangeOp op)
    {
        var roundsEmpty = op.Size == 0 && Ranges.IsAligned(op.Offset);
        if (PageOpChecks.EndsBeforePages(op, roundsEmpty, Status.ZxErrNotFound, out var early))
        {
            return early;
        }

        var view = PageView.Of(op.State, op.Vmo);
        var (first, last) = Ranges.Pages(op.Offset, op.Size);
        return Frames.TryCommit(op.State, view.Owner.Koid, first + view.PageShift, last + view.PageShift, out var after)
            ? Outcome.ZxOk(after)
            : Outcome.Fail(op.State, Status.ZxErrNoMemory);
    }
}
