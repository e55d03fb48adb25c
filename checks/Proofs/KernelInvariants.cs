using Microsoft.Z3;
using VmoKernel.Checks.Proofs.Rules;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// The invariants a symbolic state is assumed to satisfy before a step, as Z3 formulas, and the
/// negated post-conditions the obligations search for. Each states the same property as the model's
/// executable predicate of the same ID (model/Invariants).
/// </summary>
public static class KernelInvariants
{
    /// <summary>
    /// Inv(s): frames are owned by exactly the page that holds them (INV-MEM-01), every used frame of a
    /// modelled VMO backs one of its committed pages (INV-MEM-02), pins sit on committed pages
    /// (INV-PIN-02), and the shape rules: sizes page-aligned, lockless implies discardable, a
    /// discardable VMO has no parent or children (INV-CHILD-03), C is A's live snapshot child exactly
    /// when flagged so, parent links name live slots that count them and form no cycle, a dead slot has
    /// no pages.
    /// </summary>
    public static BoolExpr Holds(Terms t, SymbolicKernel s)
    {
        var ctx = t.Ctx;
        var facts = new List<BoolExpr> { NoLeak(t, s) };
        foreach (var v in s.Vmos)
        {
            facts.Add(FramesOwned(t, s, v));
            facts.Add(t.ForAll(v.PageSupport, t.Word, $"pin_{v.Name}", i => (ctx.MkImplies(v.IsPinned(t, i), ctx.MkAnd(v.IsCommitted(t, i), v.Alive)), t.Select(v.Pinned, i))));
            facts.Add(t.ForAll(v.PageSupport, t.Word, $"dead_{v.Name}", i => (ctx.MkImplies(ctx.MkNot(v.Alive), ctx.MkNot(v.IsCommitted(t, i))), t.Select(v.Committed, i))));
            facts.Add(t.ForAll(v.PageSupport, t.Word, $"size_{v.Name}", i => (ctx.MkImplies(v.IsCommitted(t, i), ctx.MkBVULT((BitVecExpr)i, t.PageOf(v.Size))), t.Select(v.Committed, i))));
            facts.Add(SymbolicRanges.IsAligned(t, v.Size));
            facts.Add(ctx.MkImplies(v.Lockless, v.Discardable));
            facts.Add(ctx.MkImplies(v.Discardable, ctx.MkAnd(ctx.MkNot(v.HasParent), ctx.MkEq(v.Children, t.U64(0)), ctx.MkNot(v.Physical), ctx.MkNot(v.Contiguous), ctx.MkNot(v.PagerBacked))));
            facts.Add(ctx.MkImplies(v.Physical, ctx.MkNot(v.HasCommittedPage(t))));
            facts.Add(ctx.MkImplies(ctx.MkNot(v.Discardable), ctx.MkAnd(ctx.MkEq(v.LockCount, t.U64(0)), ctx.MkNot(v.Discarded))));
            facts.Add(ctx.MkImplies(v.IsSnapshot, v.HasParent));
        }

        facts.Add(ctx.MkEq(s.CIsSnapshotOfA, ctx.MkAnd(s.C.Alive, s.C.IsSnapshot, s.C.IsChildOf(t, s.A))));
        facts.AddRange(s.Vmos.Select(p => Parenthood(t, s, p)));
        facts.Add(NoParentCycle(t, s));
        return ctx.MkAnd(facts);
    }

    /// <summary>
    /// The parent links among the slots (INV-HANDLE-02: a dead VMO leaves its parent's children): no VMO is its own parent, and a live slot's
    /// children count at least the live slots that name it their parent (a VMO outside the slots may add more).
    /// </summary>
    private static BoolExpr Parenthood(Terms t, SymbolicKernel s, SymbolicVmo parent)
    {
        var ctx = t.Ctx;
        var named = s.Vmos.Select(v => t.Ite(ctx.MkAnd(v.Alive, v.IsChildOf(t, parent)), t.U64(1), t.U64(0)));
        return ctx.MkAnd(
            ctx.MkNot(parent.IsChildOf(t, parent)),
            ctx.MkImplies(ctx.MkOr(s.Vmos.Select(v => ctx.MkAnd(v.Alive, v.IsChildOf(t, parent)))), parent.Alive),
            ctx.MkBVUGE(parent.Children, named.Aggregate(ctx.MkBVAdd)));
    }

    /// <summary>A parent is created before its child, so no chain of parent links among the slots comes back to where it started.</summary>
    private static BoolExpr NoParentCycle(Terms t, SymbolicKernel s)
    {
        var ctx = t.Ctx;
        var cycles = new List<BoolExpr>();
        foreach (var v in s.Vmos)
        {
            foreach (var w in s.Vmos.Where(w => w.Index != v.Index))
            {
                cycles.Add(ctx.MkAnd(v.IsChildOf(t, w), w.IsChildOf(t, v)));
                cycles.AddRange(s.Vmos.Where(u => u.Index != v.Index && u.Index != w.Index)
                    .Select(u => ctx.MkAnd(v.IsChildOf(t, w), w.IsChildOf(t, u), u.IsChildOf(t, v))));
            }
        }

        return ctx.MkNot(ctx.MkOr(cycles));
    }

    /// <summary>INV-MEM-01 for one VMO: each committed page's frame is used and owned by exactly that page.</summary>
    public static BoolExpr FramesOwned(Terms t, SymbolicKernel s, SymbolicVmo v) =>
        t.ForAll(v.PageSupport, t.Word, $"owned_{v.Name}", i => (PageOwnsFrame(t, s, v, i), t.Select(v.Committed, i)));

    /// <summary>INV-MEM-02: every used frame whose owner is a modelled VMO backs that VMO's committed page.</summary>
    public static BoolExpr NoLeak(Terms t, SymbolicKernel s) =>
        t.ForAll(s.FrameSupport, t.FrameSort, "leak_f", f => (FrameHasItsPage(t, s, f), t.Select(s.Used, f)));

    /// <summary>
    /// ¬INV-MEM-01 after a step, at witness page <paramref name="page"/>: a committed page of some VMO
    /// whose frame is not owned by exactly that page (two page slots share a frame, or the frame is free).
    /// </summary>
    public static BoolExpr FrameSharedOrFree(Terms t, SymbolicKernel after, BitVecExpr page) =>
        t.Ctx.MkOr(after.Vmos.Select(v => t.Ctx.MkNot(PageOwnsFrame(t, after, v, page))));

    /// <summary>
    /// ¬INV-MEM-02 after a step, at witness frame <paramref name="frame"/>: a used frame that backs no
    /// page (a leak), or a frame of a VMO outside the modelled slots freed or re-owned.
    /// </summary>
    public static BoolExpr FrameLeakedOrStolen(Terms t, SymbolicKernel before, SymbolicKernel after, BitVecExpr frame)
    {
        var ctx = t.Ctx;
        var stolen = ctx.MkAnd(
            before.OwnedByOther(t, frame),
            ctx.MkNot(ctx.MkAnd(after.IsUsed(t, frame), ctx.MkEq(after.OwnerSlotOf(t, frame), before.OwnerSlotOf(t, frame)), ctx.MkEq(after.OwnerPageOf(t, frame), before.OwnerPageOf(t, frame)))));
        return ctx.MkOr(ctx.MkNot(FrameHasItsPage(t, after, frame)), stolen);
    }

    private static BoolExpr PageOwnsFrame(Terms t, SymbolicKernel s, SymbolicVmo v, Expr page)
    {
        var ctx = t.Ctx;
        var frame = v.FrameAt(t, page);
        return ctx.MkImplies(
            v.IsCommitted(t, page),
            ctx.MkAnd(s.IsUsed(t, frame), ctx.MkEq(s.OwnerSlotOf(t, frame), t.Slot(v.Index)), ctx.MkEq(s.OwnerPageOf(t, frame), page)));
    }

    private static BoolExpr FrameHasItsPage(Terms t, SymbolicKernel s, Expr frame)
    {
        var ctx = t.Ctx;
        var page = s.OwnerPageOf(t, frame);
        var backs = s.Vmos.Select(v => ctx.MkAnd(
            ctx.MkEq(s.OwnerSlotOf(t, frame), t.Slot(v.Index)),
            v.IsCommitted(t, page),
            ctx.MkEq(v.FrameAt(t, page), frame)));
        return ctx.MkImplies(
            ctx.MkAnd(s.IsUsed(t, frame), ctx.MkBVULT(s.OwnerSlotOf(t, frame), t.Slot(SymbolicKernel.SlotCount))),
            ctx.MkOr(backs));
    }
}
