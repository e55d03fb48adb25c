using Microsoft.Z3;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Proofs;

/// <summary>The obligations over zx_vmo_op_range (D-5, D-7, D-8, D-13; INV-PIN-03).</summary>
public static class OpRangeObligations
{
    /// <summary>
    /// INV-PIN-01, INV-PIN-03 over DECOMMIT: Inv(s) ∧ OpRange(s, DECOMMIT, s') ⇒ ∀ v, i. pinned_s(v, i)
    /// ⇒ committed_s'(v, i) ∧ frame_s'(v, i) = frame_s(v, i).
    /// </summary>
    public static ObligationQuery PinnedPagesNeverMoveOverDecommit(Terms t, Mutant mutant) =>
        PinQuery(t, mutant, VmoOp.Decommit);

    /// <summary>
    /// INV-PIN-01 over ZERO (page-aligned): Inv(s) ∧ OpRange(s, ZERO, s') ⇒ ∀ v, i. pinned_s(v, i)
    /// ⇒ committed_s'(v, i) ∧ frame_s'(v, i) = frame_s(v, i) (pinned pages are zeroed in place, never freed).
    /// </summary>
    public static ObligationQuery PinnedPagesNeverMoveOverZero(Terms t, Mutant mutant) =>
        PinQuery(t, mutant, VmoOp.Zero);

    /// <summary>
    /// INV-DISC-01, INV-LOCKLESS-04 over DONT_NEED: Inv(s) ∧ OpRange(s, DONT_NEED, s') ⇒ lock_count_s(A) &gt; 0
    /// ⇒ A is not discarded (not newly marked, change events unchanged, every committed page kept).
    /// </summary>
    public static ObligationQuery LockedVmoIsNeverDiscardedByDontNeed(Terms t, Mutant mutant)
    {
        var (s, call, step, page) = Setup(t, mutant, VmoOp.DontNeed);
        var query = Query(t, s, call, step, Violations.LockedVmoDiscarded(t, s, step.After, page), [page], []);
        return query with { Hypothesis = Violations.SomeVmoIsLocked(t, s) };
    }

    /// <summary>
    /// INV-MEM-01 over DECOMMIT: Inv(s) ∧ OpRange(s, DECOMMIT, s') ⇒ ∀ v, i. committed_s'(v, i)
    /// ⇒ used_s'(frame_s'(v, i)) ∧ owner_s'(frame_s'(v, i)) = (v, i).
    /// </summary>
    public static ObligationQuery FramesStayUniquelyOwnedOverDecommit(Terms t, Mutant mutant)
    {
        var (s, call, step, page) = Setup(t, mutant, VmoOp.Decommit);
        return Query(t, s, call, step, KernelInvariants.FrameSharedOrFree(t, step.After, page), [page, t.PageOf(call.Offset)], []);
    }

    /// <summary>
    /// INV-MEM-02 over DECOMMIT: Inv(s) ∧ OpRange(s, DECOMMIT, s') ⇒ ∀ f. used_s'(f) ∧ owner_s'(f) = (v, i)
    /// ⇒ committed_s'(v, i) ∧ frame_s'(v, i) = f: every decommitted page's frame is freed, no other frame touched.
    /// </summary>
    public static ObligationQuery NoFrameLeaksOverDecommit(Terms t, Mutant mutant)
    {
        var (s, call, step, _) = Setup(t, mutant, VmoOp.Decommit);
        var frame = t.Const("witness.frame", t.FrameSort);
        return Query(t, s, call, step, KernelInvariants.FrameLeakedOrStolen(t, s, step.After, frame), [t.PageOf(call.Offset)], [frame]);
    }

    /// <summary>
    /// INV-DISC-04, INV-DISC-06 (D-5, D-13), "until LOCK": Inv(s) ∧ OpRange(s, op, s') ∧ op ≠ LOCK ∧ refuses_s(A)
    /// ⇒ refuses_s'(A), where refuses(v) = discardable(v) ∧ ¬lockless(v) ∧ discarded(v) ∧ lock_count(v) = 0:
    /// no op but LOCK makes a discarded regular VMO readable again (TRY_LOCK is UNAVAILABLE).
    /// </summary>
    public static ObligationQuery DiscardedVmoRefusesAccessUntilLock(Terms t, Mutant mutant)
    {
        var s = SymbolicKernel.Fresh(t, "s");
        var call = Encodings.VmoOpRange.Fresh(t);
        var step = call.Step(t, s, mutant);
        var ctx = t.Ctx;
        var hypothesis = ctx.MkAnd(ctx.MkNot(call.IsOp(t, VmoOp.Lock)), s.A.RefusesAccess(t));
        var violation = ctx.MkAnd(hypothesis, ctx.MkNot(step.After.A.RefusesAccess(t)));
        return Query(t, s, call, step, violation, [t.PageOf(call.Offset)], []) with { Hypothesis = hypothesis };
    }

    private static ObligationQuery PinQuery(Terms t, Mutant mutant, uint op)
    {
        var (s, call, step, page) = Setup(t, mutant, op);
        var query = Query(t, s, call, step, Violations.PinnedPageMoved(t, s, step.After, page), [page, t.PageOf(call.Offset)], []);
        return query with { Hypothesis = Violations.SomePageIsPinned(t, s, page) };
    }

    private static (SymbolicKernel State, Encodings.VmoOpRange Call, StepOutcome Step, BitVecExpr Page) Setup(Terms t, Mutant mutant, uint op)
    {
        var s = SymbolicKernel.Fresh(t, "s");
        var call = Encodings.VmoOpRange.Fresh(t);
        var step = call.Step(t, s, mutant);
        return (s, call, step with { Defines = t.Ctx.MkAnd(step.Defines, call.IsOp(t, op)) }, t.Word64("witness.page"));
    }

    private static ObligationQuery Query(Terms t, SymbolicKernel s, Encodings.VmoOpRange call, StepOutcome step, BoolExpr violation, BitVecExpr[] pages, BitVecExpr[] frames) => new(
        t.Ctx.MkAnd(KernelInvariants.Holds(t, s), step.Defines),
        violation,
        s,
        step.After,
        "zx_vmo_op_range",
        [CallArgument.Handle("vmo", call.Vmo, "A"), CallArgument.Op("op", call.Op), CallArgument.Number("offset", call.Offset), CallArgument.Number("size", call.Size)],
        step.Status,
        pages,
        frames);
}
