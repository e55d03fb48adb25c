using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>The obligations over zx_vmo_set_size, zx_vmo_create_child (snapshot options) and zx_handle_close.</summary>
public static class LifecycleObligations
{
    /// <summary>
    /// INV-PIN-01, INV-PIN-03 over set_size: Inv(s) ∧ SetSize(s, size, s') ⇒ ∀ v, i. pinned_s(v, i)
    /// ⇒ committed_s'(v, i) ∧ frame_s'(v, i) = frame_s(v, i) (shrinking past a pinned page is BAD_STATE).
    /// </summary>
    public static ObligationQuery PinnedPagesNeverMoveOverSetSize(Terms t, Mutant mutant)
    {
        var s = SymbolicKernel.Fresh(t, "s");
        var call = Encodings.VmoSetSize.Fresh(t);
        var step = call.Step(t, s, mutant);
        var page = t.Word64("witness.page");
        return new ObligationQuery(
            t.Ctx.MkAnd(KernelInvariants.Holds(t, s), step.Defines),
            Violations.PinnedPageMoved(t, s, step.After, page),
            s,
            step.After,
            "zx_vmo_set_size",
            [CallArgument.Handle("vmo", call.Vmo, "A"), CallArgument.Number("size", call.Size)],
            step.Status,
            [page],
            [])
        { Hypothesis = Violations.SomePageIsPinned(t, s, page) };
    }

    /// <summary>
    /// INV-PIN-01, INV-CHILD-05 over create_child (snapshot options on A, the child into C):
    /// Inv(s) ∧ CreateChild(s, handle, options, offset, size, s') ⇒ ∀ v, i. pinned_s(v, i)
    /// ⇒ committed_s'(v, i) ∧ frame_s'(v, i) = frame_s(v, i).
    /// </summary>
    public static ObligationQuery PinnedPagesNeverMoveOverCreateChild(Terms t, Mutant mutant)
    {
        var s = SymbolicKernel.Fresh(t, "s");
        var call = Encodings.VmoCreateChild.Fresh(t);
        var step = call.Step(t, s, mutant);
        var page = t.Word64("witness.page");
        return new ObligationQuery(
            t.Ctx.MkAnd(KernelInvariants.Holds(t, s), step.Defines),
            Violations.PinnedPageMoved(t, s, step.After, page),
            s,
            step.After,
            "zx_vmo_create_child",
            [CallArgument.Handle("vmo", call.Vmo, "A"), CallArgument.ChildOptions("options", call.Options), CallArgument.Number("offset", call.Offset), CallArgument.Number("size", call.Size)],
            step.Status,
            [page, t.PageOf(call.Offset)],
            [])
        { Hypothesis = Violations.SomePageIsPinned(t, s, page) };
    }

    /// <summary>
    /// INV-MEM-01, INV-HANDLE-02 over handle_close: Inv(s) ∧ Close(s, A, s') ⇒ ∀ v, i. committed_s'(v, i)
    /// ⇒ used_s'(frame_s'(v, i)) ∧ owner_s'(frame_s'(v, i)) = (v, i).
    /// </summary>
    public static ObligationQuery FramesStayUniquelyOwnedOverClose(Terms t, Mutant mutant)
    {
        var (s, step, page) = CloseSetup(t, mutant);
        return CloseQuery(t, s, step, KernelInvariants.FrameSharedOrFree(t, step.After, page), [page], []);
    }

    /// <summary>
    /// INV-MEM-02, INV-HANDLE-02 over handle_close: Inv(s) ∧ Close(s, A, s') ⇒ ∀ f. used_s'(f) ∧ owner_s'(f) = (v, i)
    /// ⇒ committed_s'(v, i) ∧ frame_s'(v, i) = f: a destroyed VMO leaves no frame behind.
    /// </summary>
    public static ObligationQuery NoFrameLeaksOverClose(Terms t, Mutant mutant)
    {
        var (s, step, _) = CloseSetup(t, mutant);
        var frame = t.Const("witness.frame", t.FrameSort);
        return CloseQuery(t, s, step, KernelInvariants.FrameLeakedOrStolen(t, s, step.After, frame), [], [frame]);
    }

    private static (SymbolicKernel State, StepOutcome Step, BitVecExpr Page) CloseSetup(Terms t, Mutant mutant)
    {
        var s = SymbolicKernel.Fresh(t, "s");
        return (s, Encodings.HandleClose.Step(t, s, mutant), t.Word64("witness.page"));
    }

    private static ObligationQuery CloseQuery(Terms t, SymbolicKernel s, StepOutcome step, BoolExpr violation, BitVecExpr[] pages, BitVecExpr[] frames) => new(
        t.Ctx.MkAnd(KernelInvariants.Holds(t, s), step.Defines),
        violation,
        s,
        step.After,
        "zx_handle_close",
        [CallArgument.Number("handle (one of A's)", t.U64(1))],
        step.Status,
        pages,
        frames);
}
