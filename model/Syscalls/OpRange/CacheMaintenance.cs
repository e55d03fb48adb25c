using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls.OpRange;

/// <summary>
/// ZX_VMO_OP_CACHE_SYNC, CACHE_CLEAN and CACHE_CLEAN_INVALIDATE. The model has no caches, so these only
/// check their arguments: READ; size 0 INVALID_ARGS; wrapping or past the size OUT_OF_RANGE.
/// </summary>
public static class CacheMaintenance
{
    public static (KernelState State, SyscallResult Result) Step(RangeOp op)
    {
        if (!op.Has(Rights.Read))
        {
            return Outcome.Fail(op.State, Status.ZxErrAccessDenied);
        }

        if (op.Size == 0)
        {
            return Outcome.Fail(op.State, Status.ZxErrInvalidArgs);
        }

        return Ranges.InRange(op.Offset, op.Size, op.Vmo.Size)
            ? Outcome.ZxOk(op.State)
            : Outcome.Fail(op.State, Status.ZxErrOutOfRange);
    }
}
