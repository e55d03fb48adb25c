using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// Cache maintenance and PREFETCH. The model has no caches: these only check their arguments.
/// CACHE_INVALIDATE needs the debugging syscalls, which are off, so it is NOT_SUPPORTED before any right check.
/// </summary>
public static class CacheOps
{
    /// <summary>CACHE_SYNC, CACHE_CLEAN, CACHE_CLEAN_INVALIDATE: READ; size 0 INVALID_ARGS; wrapping or past the size OUT_OF_RANGE.</summary>
    public static (KernelState State, SyscallResult Result) Maintain(RangeOp op)
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

    public static (KernelState State, SyscallResult Result) Invalidate(RangeOp op) =>
        Outcome.Fail(op.State, Status.ZxErrNotSupported);

    /// <summary>READ; the range rounds out to pages; wrapping or past the size OUT_OF_RANGE; commits nothing (no pager to ask).</summary>
    public static (KernelState State, SyscallResult Result) Prefetch(RangeOp op)
    {
        if (!op.Has(Rights.Read))
        {
            return Outcome.Fail(op.State, Status.ZxErrAccessDenied);
        }

        return Ranges.InRange(op.Offset, op.Size, op.Vmo.Size)
            ? Outcome.ZxOk(op.State)
            : Outcome.Fail(op.State, Status.ZxErrOutOfRange);
    }
}
