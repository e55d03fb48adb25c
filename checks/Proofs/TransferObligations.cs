using Microsoft.Z3;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs;

/// <summary>The obligations over zx_vmo_transfer_data (seed 001; D-1, D-2, D-3, D-11, D-13).</summary>
public static class TransferObligations
{
    /// <summary>
    /// INV-PIN-01, INV-PIN-03 over transfer_data:
    /// Inv(s) ∧ Transfer(s, call, s') ⇒ ∀ v, i. pinned_s(v, i) ⇒ committed_s'(v, i) ∧ frame_s'(v, i) = frame_s(v, i).
    /// </summary>
    public static ObligationQuery PinnedPagesNeverMoveOverTransferData(Terms t, Mutant mutant)
    {
        var (s, call, step, page) = Setup(t, mutant);
        var query = Query(t, s, call, step, Violations.PinnedPageMoved(t, s, step.After, page), [page, t.PageOf(call.Offset), t.PageOf(call.SrcOffset)], []);
        return query with { Hypothesis = Violations.SomePageIsPinned(t, s, page) };
    }

    /// <summary>
    /// INV-MEM-01, INV-XFER-07 over each page step of transfer_data (D-11):
    /// Inv(s) ∧ MovePage(s, p, q, s') ⇒ ∀ v, i. committed_s'(v, i) ⇒ used_s'(frame_s'(v, i)) ∧ owner_s'(frame_s'(v, i)) = (v, i):
    /// no two page slots share a frame, whether the frame moved or the slot became a zero marker.
    /// </summary>
    public static ObligationQuery FramesStayUniquelyOwnedOverTransferData(Terms t, Mutant mutant)
    {
        var s = SymbolicKernel.Fresh(t, "s");
        var (after, defines, p, q) = TransferPageStep.Step(t, s, mutant);
        var page = t.Word64("witness.page");
        return PageStepQuery(t, s, after, defines, p, q, KernelInvariants.FrameSharedOrFree(t, after, page), [page, p, q], []);
    }

    /// <summary>
    /// INV-MEM-02 over each page step of transfer_data (D-11): Inv(s) ∧ MovePage(s, p, q, s') ⇒ ∀ f. used_s'(f) ∧ owner_s'(f) = (v, i)
    /// ⇒ committed_s'(v, i) ∧ frame_s'(v, i) = f (the destination's replaced frame is freed, nothing leaks),
    /// and no frame of another VMO is freed or re-owned.
    /// </summary>
    public static ObligationQuery NoFrameLeaksOverTransferData(Terms t, Mutant mutant)
    {
        var s = SymbolicKernel.Fresh(t, "s");
        var (after, defines, p, q) = TransferPageStep.Step(t, s, mutant);
        var frame = t.Const("witness.frame", t.FrameSort);
        return PageStepQuery(t, s, after, defines, p, q, KernelInvariants.FrameLeakedOrStolen(t, s, after, frame), [p, q], [frame]);
    }

    /// <summary>
    /// INV-XFER-01 (D-2), INV-STATE-01: Inv(s) ∧ Transfer(s, call, s') ∧ status ∉ {ZX_OK, ZX_ERR_NO_MEMORY}
    /// ⇒ A_s' = A_s ∧ B_s' = B_s ∧ frames_s' = frames_s (both VMOs and physical memory unchanged).
    /// </summary>
    public static ObligationQuery FailedTransferChangesNothing(Terms t, Mutant mutant)
    {
        var (s, call, step, page) = Setup(t, mutant);
        var ctx = t.Ctx;
        var frame = t.Const("witness.frame", t.FrameSort);
        var failed = ctx.MkAnd(
            ctx.MkNot(ctx.MkEq(step.Status, t.StatusOf(Status.ZxOk))),
            ctx.MkNot(ctx.MkEq(step.Status, t.StatusOf(Status.ZxErrNoMemory))));
        var changed = ctx.MkOr(
            Violations.VmoChanged(t, s.A, step.After.A, page),
            Violations.VmoChanged(t, s.B, step.After.B, page),
            Violations.FrameChanged(t, s, step.After, frame));
        var query = Query(t, s, call, step, ctx.MkAnd(failed, changed), [page, t.PageOf(call.Offset), t.PageOf(call.SrcOffset)], [frame]);
        return query with { Hypothesis = failed };
    }

    /// <summary>
    /// INV-XFER-02, INV-XFER-07: Inv(s) ∧ Transfer(s, call, s') ∧ status = ZX_OK ⇒ ∀ q &lt; length / 4096.
    /// read_s'(B, src_offset/4096 + q) = 0 ∧ read_s'(A, offset/4096 + q) = read_s(B, src_offset/4096 + q)
    /// ∧ (committed_s(B, src_offset/4096 + q) ⇒ frame_s'(A, offset/4096 + q) = frame_s(B, src_offset/4096 + q)).
    /// </summary>
    public static ObligationQuery SuccessfulTransferMovesTheSourceBytes(Terms t, Mutant mutant)
    {
        var (s, call, step, _) = Setup(t, mutant);
        var ctx = t.Ctx;
        var q = t.Word64("witness.page_in_range");
        var srcPage = ctx.MkBVAdd(t.PageOf(call.SrcOffset), q);
        var dstPage = ctx.MkBVAdd(t.PageOf(call.Offset), q);
        var (a, b) = (step.After.A, step.After.B);
        var post = ctx.MkAnd(
            ctx.MkEq(b.ReadPage(t, srcPage), t.ZeroContent),
            ctx.MkEq(a.ReadPage(t, dstPage), s.B.ReadPage(t, srcPage)),
            ctx.MkImplies(s.B.IsCommitted(t, srcPage), ctx.MkEq(a.FrameAt(t, dstPage), s.B.FrameAt(t, srcPage))));
        var hypothesis = ctx.MkAnd(ctx.MkEq(step.Status, t.StatusOf(Status.ZxOk)), ctx.MkBVULT(q, t.PageOf(call.Length)));
        var violation = ctx.MkAnd(hypothesis, ctx.MkNot(post));
        return Query(t, s, call, step, violation, [srcPage, dstPage], []) with { Hypothesis = hypothesis };
    }

    /// <summary>
    /// INV-XFER-03, INV-CHILD-01: Inv(s) ∧ Transfer(s, call, s') ∧ C is a snapshot child of A
    /// ⇒ ∀ i. read_s'(C, i) = read_s(C, i), whatever the transfer returns.
    /// </summary>
    public static ObligationQuery SnapshotChildrenOfTheDestinationKeepTheirContents(Terms t, Mutant mutant)
    {
        var (s, call, step, page) = Setup(t, mutant);
        var ctx = t.Ctx;
        var violation = ctx.MkAnd(s.CIsSnapshotOfA, ctx.MkNot(ctx.MkEq(step.After.C.ReadPage(t, page), s.C.ReadPage(t, page))));
        return Query(t, s, call, step, violation, [page, t.PageOf(call.Offset)], []) with { Hypothesis = s.CIsSnapshotOfA };
    }

    private static (SymbolicKernel State, Encodings.VmoTransferData Call, StepOutcome Step, BitVecExpr Page) Setup(Terms t, Mutant mutant)
    {
        var s = SymbolicKernel.Fresh(t, "s");
        var call = Encodings.VmoTransferData.Fresh(t);
        var step = call.Step(t, s, mutant);
        return (s, call, step, t.Word64("witness.page"));
    }

    private static ObligationQuery PageStepQuery(
        Terms t, SymbolicKernel s, SymbolicKernel after, BoolExpr defines, BitVecExpr p, BitVecExpr q, BoolExpr violation, BitVecExpr[] pages, BitVecExpr[] frames) => new(
        t.Ctx.MkAnd(KernelInvariants.Holds(t, s), defines),
        violation,
        s,
        after,
        "zx_vmo_transfer_data, one page of D-11's loop",
        [CallArgument.Number("dst page", p), CallArgument.Number("src page", q)],
        null,
        pages,
        frames);

    private static ObligationQuery Query(Terms t, SymbolicKernel s, Encodings.VmoTransferData call, StepOutcome step, BoolExpr violation, BitVecExpr[] pages, BitVecExpr[] frames) => new(
        t.Ctx.MkAnd(KernelInvariants.Holds(t, s), step.Defines),
        violation,
        s,
        step.After,
        "zx_vmo_transfer_data",
        [
            CallArgument.Handle("dst", call.Dst, "A"), CallArgument.Number("options", call.Options), CallArgument.Number("offset", call.Offset),
            CallArgument.Number("length", call.Length), CallArgument.Handle("src", call.Src, "B"), CallArgument.Number("src_offset", call.SrcOffset),
            CallArgument.Flag("(both handles name one VMO)", call.SameVmo), CallArgument.Number("(pages moved)", call.Moved),
        ],
        step.Status,
        pages,
        frames);
}
