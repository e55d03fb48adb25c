using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls.OpRange;

/// <summary>
/// ZX_VMO_OP_PREFETCH: READ; the range rounds out to pages; wrapping or past the size OUT_OF_RANGE;
/// commits nothing (the model has no pager to ask).
/// </summary>
public static class Prefetch
{
    public static (KernelState State, SyscallResult Result) Step(RangeOp op)
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
