using Microsoft.Z3;
using VmoKernel.Abi;
using VmoKernel.Checks.Proofs.Rules;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs;

/// <summary>The obligations about reading a discardable VMO after the reclaimer ran (D-5, D-12, D-13).</summary>
public static class ReadObligations
{
    /// <summary>
    /// INV-LOCKLESS-01 (D-5): Inv(s) ∧ Reclaim(s, level, s') ∧ lockless(A) ∧ handle has READ ∧ the range is
    /// within A ∧ length ≤ the read limit ⇒ Read_s'(A, offset, length) = ZX_OK ∧ (A was discarded
    /// ⇒ every page of the range reads zeros).
    /// </summary>
    public static ObligationQuery LocklessReadsNeverFailAfterDiscard(Terms t, Mutant mutant)
    {
        var (s, level, step, read) = Setup(t, mutant);
        var (handle, offset, length) = (read.Vmo, read.Offset, read.Length);
        var ctx = t.Ctx;
        var (before, after) = (s.A, step.After.A);
        var q = t.Word64("witness.page_in_range");
        var page = ctx.MkBVAdd(t.PageOf(offset), q);
        var discarded = ctx.MkNot(ctx.MkEq(after.ChangeEvents, before.ChangeEvents));
        var post = ctx.MkAnd(
            ctx.MkEq(read.StatusOf(t, after, mutant), t.StatusOf(Status.ZxOk)),
            ctx.MkImplies(ctx.MkAnd(discarded, ctx.MkBVULT(ctx.MkBVSHL(q, t.U64(Terms.PageShift)), length)), ctx.MkEq(after.ReadPage(t, page), t.ZeroContent)));
        var pre = ctx.MkAnd(
            before.Alive,
            before.Lockless,
            handle.Usable(t, Rights.Read),
            SymbolicRanges.InRange(t, Mutant.None, offset, length, before.Size),
            ctx.MkBVULE(length, t.U64(VmoLimits.MaxReadLength)),
            SymbolicRanges.IsAligned(t, offset));
        return Query(t, s, level, step, read, ctx.MkAnd(pre, ctx.MkNot(post)), [page]) with { Hypothesis = pre };
    }

    /// <summary>
    /// INV-DISC-04 (D-5, D-13): Inv(s) ∧ Reclaim(s, level, s') ∧ A regular discardable and discarded by this
    /// reclaim ∧ handle has READ ∧ 0 &lt; length ∧ the range is within A ⇒ Read_s'(A, offset, length) = NOT_FOUND.
    /// </summary>
    public static ObligationQuery DiscardedRegularVmoRefusesReads(Terms t, Mutant mutant)
    {
        var (s, level, step, read) = Setup(t, mutant);
        var (handle, offset, length) = (read.Vmo, read.Offset, read.Length);
        var ctx = t.Ctx;
        var (before, after) = (s.A, step.After.A);
        var pre = ctx.MkAnd(
            before.Alive,
            before.Discardable,
            ctx.MkNot(before.Lockless),
            ctx.MkNot(ctx.MkEq(after.ChangeEvents, before.ChangeEvents)),
            handle.Usable(t, Rights.Read),
            ctx.MkNot(ctx.MkEq(length, t.U64(0))),
            SymbolicRanges.InRange(t, Mutant.None, offset, length, before.Size));
        var refused = ctx.MkEq(read.StatusOf(t, after, mutant), t.StatusOf(Status.ZxErrNotFound));
        return Query(t, s, level, step, read, ctx.MkAnd(pre, ctx.MkNot(refused)), [t.PageOf(offset)]) with { Hypothesis = pre };
    }

    private static (SymbolicKernel, BitVecExpr, StepOutcome, Encodings.VmoRead) Setup(Terms t, Mutant mutant)
    {
        var s = SymbolicKernel.Fresh(t, "s");
        var reclaim = Encodings.Reclaim.Fresh(t);
        return (s, reclaim.Level, reclaim.Step(t, s, mutant), Encodings.VmoRead.Fresh(t, "read"));
    }

    private static ObligationQuery Query(
        Terms t, SymbolicKernel s, BitVecExpr level, StepOutcome step, Encodings.VmoRead read, BoolExpr violation, BitVecExpr[] pages) => new(
        t.Ctx.MkAnd(KernelInvariants.Holds(t, s), step.Defines),
        violation,
        s,
        step.After,
        "reclaim, then zx_vmo_read",
        [
            CallArgument.Level("level", level), CallArgument.Handle("read vmo", read.Vmo, "A"), CallArgument.Number("read offset", read.Offset), CallArgument.Number("read length", read.Length),
            new CallArgument("read returns", [read.StatusOf(t, step.After.A, Mutant.None)], v => StatusNames.Name((Status)(int)ModelText.Value(v[0]))),
        ],
        null,
        pages,
        []);
}
