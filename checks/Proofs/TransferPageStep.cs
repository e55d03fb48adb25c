using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// One iteration of D-11's loop in zx_vmo_transfer_data, after every check has passed: destination
/// page <c>p</c> of A takes source page <c>q</c> of B. A committed source page's frame moves; an
/// uncommitted one leaves a zero marker (A's slot p holds no frame); either way A's old frame at p is
/// freed. A whole transfer is these steps in ascending order, so an invariant every step preserves,
/// the transfer preserves: the frame-ownership obligations are proved per step, where page numbers
/// need no offset arithmetic (the whole-range encoding is <see cref="Encodings.VmoTransferData"/>).
/// </summary>
public static class TransferPageStep
{
    public static (SymbolicKernel After, BoolExpr Defines, BitVecExpr DstPage, BitVecExpr SrcPage) Step(Terms t, SymbolicKernel s, Mutant mutant)
    {
        var ctx = t.Ctx;
        var (dst, src) = (s.A, s.B);
        var p = t.Word64("step.dst_page");
        var q = t.Word64("step.src_page");
        var moves = src.IsCommitted(t, q);
        var oldFrame = dst.FrameAt(t, p);
        var freed = dst.IsCommitted(t, p);
        var frame = src.FrameAt(t, q);

        var defines = ctx.MkAnd(
            ctx.MkNot(dst.IsPinned(t, p)),
            ctx.MkNot(src.IsPinned(t, q)),
            ctx.MkBVULT(p, t.PageOf(dst.Size)),
            ctx.MkBVULT(q, t.PageOf(src.Size)));

        var newDst = dst with
        {
            Committed = t.Store(dst.Committed, p, moves),
            Frame = t.Store(dst.Frame, p, t.Ite(moves, frame, oldFrame)),
            Data = t.Store(dst.Data, p, t.Ite(moves, t.SelectBv(src.Data, q), t.ZeroContent)),
            Captured = t.Store(dst.Captured, p, t.ZeroContent),
        };
        var newSrc = mutant == Mutant.TransferCopiesFrame ? src : src with { Committed = t.Store(src.Committed, q, ctx.MkFalse()) };
        BoolExpr IsNew(Expr f) => ctx.MkAnd(moves, ctx.MkEq(f, frame));
        var after = s with
        {
            Used = Terms.Lambda(f => ctx.MkOr(IsNew(f), ctx.MkAnd(s.IsUsed(t, f), ctx.MkNot(ctx.MkAnd(freed, ctx.MkEq(f, oldFrame)))))),
            OwnerSlot = Terms.Lambda(f => t.Ite(IsNew(f), t.Slot(dst.Index), s.OwnerSlotOf(t, f))),
            OwnerPage = Terms.Lambda(f => t.Ite(IsNew(f), p, s.OwnerPageOf(t, f))),
        };
        return (after.WithVmo(newDst).WithVmo(newSrc), defines, p, q);
    }
}
