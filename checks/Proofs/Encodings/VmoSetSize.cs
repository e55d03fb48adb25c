using Microsoft.Z3;
using VmoKernel.Abi;
using VmoKernel.Checks.Proofs.Rules;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Encodings;

/// <summary>zx_vmo_set_size(vmo, size) of A, mirroring model/Syscalls/VmoSetSize.cs.</summary>
public sealed record VmoSetSize(SymbolicHandle Vmo, BitVecExpr Size)
{
    public static VmoSetSize Fresh(Terms t) => new(SymbolicHandle.Fresh(t, "call.vmo"), t.Word64("call.size"));

    /// <summary>
    /// WRITE; RESIZE if resizable (ACCESS_DENIED); physical or contiguous (UNAVAILABLE); rounding wraps
    /// (OUT_OF_RANGE); not resizable (UNAVAILABLE); above the maximum (OUT_OF_RANGE); a pinned page at or beyond the new end
    /// (BAD_STATE); then the pages beyond the new end are freed and their captures dropped.
    /// </summary>
    public StepOutcome Step(Terms t, SymbolicKernel s, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var (roundsUp, rounded) = SymbolicRanges.TryRoundUp(t, mutant, Size);
        var keep = t.PageOf(rounded);
        var beyond = ctx.MkBVSub(ctx.MkBVNot(t.U64(0)), keep);
        var checks = new List<(BoolExpr, Status)>(Vmo.Checks(t, Rights.Write))
        {
            (ctx.MkAnd(a.Resizable, ctx.MkNot(Vmo.Usable(t, Rights.Resize))), Status.ZxErrAccessDenied),
            (ctx.MkOr(a.Physical, a.Contiguous), Status.ZxErrUnavailable),
            (ctx.MkNot(roundsUp), Status.ZxErrOutOfRange),
            (ctx.MkNot(a.Resizable), Status.ZxErrUnavailable),
            (ctx.MkBVUGT(rounded, t.U64(VmoLimits.MaxSize)), Status.ZxErrOutOfRange),
        };
        if (mutant != Mutant.ShrinkIgnoresPins)
        {
            checks.Add((a.HasPinnedPageIn(t, keep, beyond), Status.ZxErrBadState));
        }

        var passes = ctx.MkNot(ctx.MkOr(checks.Select(c => c.Item1)));
        var shrunk = PageRanges.Decommit(t, s, a, keep, beyond);
        shrunk = shrunk.WithVmo(shrunk.A with
        {
            Size = rounded,
            Captured = Terms.Lambda(i => t.Ite(ctx.MkBVUGE((BitVecExpr)i, keep), t.ZeroContent, t.SelectBv(a.Captured, i))),
        });
        return new StepOutcome(SymbolicKernel.Ite(t, passes, shrunk, s), t.FirstFailure(checks, t.StatusOf(Status.ZxOk)), ctx.MkNot(a.IsView(t)));
    }
}
