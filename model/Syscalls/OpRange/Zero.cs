using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls.OpRange;

/// <summary>
/// ZX_VMO_OP_ZERO. WRITE, physical, then wrapping or past the size is OUT_OF_RANGE; size 0 is ZX_OK; a
/// discarded VMO has no page to zero (ZX_OK, D-13). Whole pages are released, except pinned or
/// contiguous ones, which are zeroed in place; a partial page gets zeros written unless it would read
/// zero without a frame (ZeroPartialPage), which may commit a page (NO_MEMORY, nothing changed).
/// </summary>
public static class Zero
{
    public static (KernelState State, SyscallResult Result) Step(RangeOp op)
    {
        if (PageOpChecks.EndsBeforePages(op, op.Size == 0, Status.ZxOk, out var early))
        {
            return early;
        }

        return ZeroRange.TryApply(op.State, op.Vmo, op.Offset, op.Size, out var after)
            ? Outcome.ZxOk(after)
            : Outcome.Fail(op.State, Status.ZxErrNoMemory);
    }
}
