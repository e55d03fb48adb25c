using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// The checks COMMIT, DECOMMIT and ZERO share (model/Syscalls/OpRange): all need WRITE first, and a
/// physical VMO has no pages to manage (NOT_SUPPORTED).
/// </summary>
public static class PageOpChecks
{
    /// <summary>True when the handle lacks WRITE (ACCESS_DENIED) or the VMO is physical (NOT_SUPPORTED).</summary>
    public static bool Refused(RangeOp op, out (KernelState State, SyscallResult Result) refusal)
    {
        refusal = !op.Has(Rights.Write) ? Outcome.Fail(op.State, Status.ZxErrAccessDenied)
            : op.Vmo.Is(VmoTraits.Physical) ? Outcome.Fail(op.State, Status.ZxErrNotSupported)
            : default;
        return refusal.Result is not null;
    }

    /// <summary>
    /// The checks COMMIT and ZERO share, in order: <see cref="Refused"/>, then the range
    /// (OUT_OF_RANGE; the VMO size is page-rounded, so the rounded and unrounded ends agree), then an
    /// empty range (ZX_OK), then a discarded VMO (<paramref name="discarded"/>, D-13).
    /// True when one of them answers the call before any page is touched.
    /// </summary>
    public static bool EndsBeforePages(RangeOp op, bool empty, Status discarded, out (KernelState State, SyscallResult Result) early)
    {
        early = Refused(op, out var refusal) ? refusal
            : !Ranges.InRange(op.Offset, op.Size, op.Vmo.Size) ? Outcome.Fail(op.State, Status.ZxErrOutOfRange)
            : empty ? Outcome.ZxOk(op.State)
            : op.Vmo.RefusesAccess ? (discarded == Status.ZxOk ? Outcome.ZxOk(op.State) : Outcome.Fail(op.State, discarded))
            : default;
        return early.Result is not null;
    }
}
