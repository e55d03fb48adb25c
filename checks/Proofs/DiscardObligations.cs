using Microsoft.Z3;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Proofs;

/// <summary>The obligations over the reclaimer (seed 000, RFC-0181; D-4, D-6, D-12).</summary>
public static class DiscardObligations
{
    /// <summary>
    /// INV-PIN-01, INV-RECLAIM-03 over reclaim(level), every level:
    /// Inv(s) ∧ Reclaim(s, level, s') ⇒ ∀ v, i. pinned_s(v, i) ⇒ committed_s'(v, i) ∧ frame_s'(v, i) = frame_s(v, i).
    /// </summary>
    public static ObligationQuery PinnedPagesNeverMoveOverReclaim(Terms t, Mutant mutant)
    {
        var (s, level, step, page) = Setup(t, mutant);
        var query = Query(t, s, level, step, Violations.PinnedPageMoved(t, s, step.After, page), [page], []);
        return query with { Hypothesis = Violations.SomePageIsPinned(t, s, page) };
    }

    /// <summary>
    /// INV-DISC-01 over reclaim(level), every level: Inv(s) ∧ Reclaim(s, level, s') ⇒ ∀ v. lock_count_s(v) &gt; 0
    /// ⇒ ¬discarded_s'(v) unless discarded_s(v), change events unchanged, and every committed page still committed.
    /// </summary>
    public static ObligationQuery LockedVmoIsNeverDiscardedByReclaim(Terms t, Mutant mutant)
    {
        var (s, level, step, page) = Setup(t, mutant);
        var query = Query(t, s, level, step, Violations.LockedVmoDiscarded(t, s, step.After, page), [page], []);
        return query with { Hypothesis = Violations.SomeVmoIsLocked(t, s) };
    }

    /// <summary>
    /// INV-MEM-01 over a discard (reclaim at any level): Inv(s) ∧ Reclaim(s, level, s') ⇒ ∀ v, i. committed_s'(v, i)
    /// ⇒ used_s'(frame_s'(v, i)) ∧ owner_s'(frame_s'(v, i)) = (v, i).
    /// </summary>
    public static ObligationQuery FramesStayUniquelyOwnedOverDiscard(Terms t, Mutant mutant)
    {
        var (s, level, step, page) = Setup(t, mutant);
        return Query(t, s, level, step, KernelInvariants.FrameSharedOrFree(t, step.After, page), [page], []);
    }

    /// <summary>
    /// INV-MEM-02, INV-DISC-03 over a discard: Inv(s) ∧ Reclaim(s, level, s') ⇒ ∀ f. used_s'(f) ∧ owner_s'(f) = (v, i)
    /// ⇒ committed_s'(v, i) ∧ frame_s'(v, i) = f: every frame of a discarded VMO is freed, no other VMO's frame is touched.
    /// </summary>
    public static ObligationQuery NoFrameLeaksOverDiscard(Terms t, Mutant mutant)
    {
        var (s, level, step, _) = Setup(t, mutant);
        var frame = t.Const("witness.frame", t.FrameSort);
        return Query(t, s, level, step, KernelInvariants.FrameLeakedOrStolen(t, s, step.After, frame), [], [frame]);
    }

    /// <summary>
    /// INV-RECLAIM-01, INV-LOCKLESS-03: Inv(s) ∧ Reclaim(s, level, s') ∧ level &lt; ALMOST_OOM ⇒ ∀ v. hinted_s(v)
    /// ⇒ v is not discarded (its change events and pages are unchanged).
    /// </summary>
    public static ObligationQuery HintedVmosSurviveBelowAlmostOom(Terms t, Mutant mutant)
    {
        var (s, level, step, page) = Setup(t, mutant);
        var ctx = t.Ctx;
        var touched = ctx.MkOr(s.Vmos.Zip(step.After.Vmos, (b, a) => ctx.MkAnd(
            b.Hinted,
            ctx.MkOr(ctx.MkNot(ctx.MkEq(a.ChangeEvents, b.ChangeEvents)), ctx.MkAnd(b.IsCommitted(t, page), ctx.MkNot(a.IsCommitted(t, page)))))));
        var belowAlmostOom = ctx.MkBVULT(level, ctx.MkBV((int)PressureLevel.AlmostOom, 8));
        var violation = ctx.MkAnd(belowAlmostOom, touched);
        var query = Query(t, s, level, step, violation, [page], []);
        return query with { Hypothesis = ctx.MkAnd(belowAlmostOom, ctx.MkOr(s.Vmos.Select(b => ctx.MkAnd(b.Alive, b.Hinted)))) };
    }

    private static (SymbolicKernel State, BitVecExpr Level, StepOutcome Step, BitVecExpr Page) Setup(Terms t, Mutant mutant)
    {
        var s = SymbolicKernel.Fresh(t, "s");
        var call = Encodings.Reclaim.Fresh(t);
        return (s, call.Level, call.Step(t, s, mutant), t.Word64("witness.page"));
    }

    private static ObligationQuery Query(Terms t, SymbolicKernel s, BitVecExpr level, StepOutcome step, BoolExpr violation, BitVecExpr[] pages, BitVecExpr[] frames) => new(
        t.Ctx.MkAnd(KernelInvariants.Holds(t, s), step.Defines),
        violation,
        s,
        step.After,
        "reclaim",
        [CallArgument.Level("level", level)],
        step.Status,
        pages,
        frames);
}
