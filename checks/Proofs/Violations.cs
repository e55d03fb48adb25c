using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// The negated post-conditions the obligations share, each over a witness page or frame that the
/// solver picks (so ¬∀ needs no quantifier and the witness is printed with the counterexample).
/// </summary>
public static class Violations
{
    /// <summary>¬INV-PIN-01 at page <paramref name="page"/>: a pinned page of some VMO lost its frame or its pin.</summary>
    public static BoolExpr PinnedPageMoved(Terms t, SymbolicKernel before, SymbolicKernel after, BitVecExpr page)
    {
        var ctx = t.Ctx;
        return ctx.MkOr(before.Vmos.Zip(after.Vmos, (b, a) => ctx.MkAnd(
            b.IsPinned(t, page),
            ctx.MkNot(ctx.MkAnd(a.IsCommitted(t, page), a.IsPinned(t, page), ctx.MkEq(a.FrameAt(t, page), b.FrameAt(t, page)))))));
    }

    /// <summary>The hypothesis of INV-PIN-01 at page <paramref name="page"/>: some VMO has that page pinned.</summary>
    public static BoolExpr SomePageIsPinned(Terms t, SymbolicKernel before, BitVecExpr page) =>
        t.Ctx.MkOr(before.Vmos.Select(b => b.IsPinned(t, page)));

    /// <summary>The hypothesis of INV-DISC-01: some live VMO has a lock count above zero.</summary>
    public static BoolExpr SomeVmoIsLocked(Terms t, SymbolicKernel before) =>
        t.Ctx.MkOr(before.Vmos.Select(b => t.Ctx.MkAnd(b.Alive, t.Ctx.MkBVUGT(b.LockCount, t.U64(0)))));

    /// <summary>¬INV-DISC-01: a VMO whose lock count was above zero was discarded (it lost pages or was marked discarded).</summary>
    public static BoolExpr LockedVmoDiscarded(Terms t, SymbolicKernel before, SymbolicKernel after, BitVecExpr page)
    {
        var ctx = t.Ctx;
        return ctx.MkOr(before.Vmos.Zip(after.Vmos, (b, a) => ctx.MkAnd(
            b.Alive,
            ctx.MkBVUGT(b.LockCount, t.U64(0)),
            ctx.MkOr(
                ctx.MkAnd(ctx.MkNot(b.Discarded), a.Discarded),
                ctx.MkNot(ctx.MkEq(a.ChangeEvents, b.ChangeEvents)),
                ctx.MkAnd(b.IsCommitted(t, page), ctx.MkNot(a.IsCommitted(t, page)))))));
    }

    /// <summary>A VMO differs between the states at page <paramref name="page"/> or in its scalars.</summary>
    public static BoolExpr VmoChanged(Terms t, SymbolicVmo before, SymbolicVmo after, BitVecExpr page)
    {
        var ctx = t.Ctx;
        var samePage = ctx.MkAnd(
            ctx.MkEq(after.IsCommitted(t, page), before.IsCommitted(t, page)),
            ctx.MkImplies(before.IsCommitted(t, page), ctx.MkAnd(
                ctx.MkEq(after.FrameAt(t, page), before.FrameAt(t, page)),
                ctx.MkEq(t.SelectBv(after.Data, page), t.SelectBv(before.Data, page)))),
            ctx.MkEq(after.ReadPage(t, page), before.ReadPage(t, page)));
        var sameScalars = ctx.MkAnd(
            ctx.MkEq(after.Size, before.Size),
            ctx.MkEq(after.LockCount, before.LockCount),
            ctx.MkEq(after.Discarded, before.Discarded),
            ctx.MkEq(after.ChangeEvents, before.ChangeEvents));
        return ctx.MkNot(ctx.MkAnd(samePage, sameScalars));
    }

    /// <summary>Physical memory differs at frame <paramref name="frame"/>: freed, allocated or re-owned.</summary>
    public static BoolExpr FrameChanged(Terms t, SymbolicKernel before, SymbolicKernel after, BitVecExpr frame)
    {
        var ctx = t.Ctx;
        return ctx.MkNot(ctx.MkAnd(
            ctx.MkEq(after.IsUsed(t, frame), before.IsUsed(t, frame)),
            ctx.MkImplies(before.IsUsed(t, frame), ctx.MkAnd(
                ctx.MkEq(after.OwnerSlotOf(t, frame), before.OwnerSlotOf(t, frame)),
                ctx.MkEq(after.OwnerPageOf(t, frame), before.OwnerPageOf(t, frame))))));
    }
}
