using Microsoft.Z3;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Proofs.Linux;

/// <summary>
/// INV-LINUX-01 over reclaim's Linux part (decisions L-3, L-7): <see cref="Slots"/> anonymous pages,
/// each present or not with its frame and whether it is droppable or volatile (and every mapping of it
/// volatile), the free frames as a set and a count. Above NORMAL reclaim drops every present droppable
/// page and purges every present volatile page whose mappings are all volatile (leaving a marker, no
/// frame); each removed page's frame goes back to physical memory.
/// </summary>
public static class ReclaimFrameObligations
{
    /// <summary>Anonymous pages in the encoded state; removal is per page, so a few stand for any number.</summary>
    public const int Slots = 4;

    /// <summary>
    /// INV-LINUX-01: Inv(s) ∧ Reclaim(s, level, s') ∧ some page removed ⇒ used' + free' = used + free, a
    /// frame becomes free only if a removed page held it, every removed page's frame is free, and no kept
    /// page's frame is free. Inv: present pages hold distinct frames, none of them free.
    /// </summary>
    public static ObligationQuery DropAndPurgeFreeExactlyTheirFrames(Terms t, Mutant mutant)
    {
        var ctx = t.Ctx;
        var level = t.Const("call.level", ctx.MkBitVecSort(8));
        var pages = Enumerable.Range(0, Slots).Select(i => Page.Fresh(t, i)).ToArray();
        var free = t.Array("free", t.FrameSort, ctx.BoolSort);
        var freeCount = t.Word64("free.count");
        var witness = t.Const("witness.frame", t.FrameSort);

        var aboveNormal = ctx.MkBVUGT(level, ctx.MkBV((int)PressureLevel.Normal, 8));
        var removed = pages.Select(p => ctx.MkAnd(aboveNormal, p.Present, ctx.MkOr(p.Droppable, ctx.MkAnd(p.Volatile, p.AllMappingsVolatile)))).ToArray();

        // The mutant forgets the last removed page's frame: not on the free list, not counted.
        var freed = removed.Select((r, i) => mutant == Mutant.ReclaimForgetsAFrame && i == Slots - 1 ? ctx.MkFalse() : r).ToArray();
        BoolExpr FreeAfter(Expr f) => ctx.MkOr([t.SelectBool(free, f), .. pages.Select((p, i) => ctx.MkAnd(freed[i], ctx.MkEq(p.Frame, f)))]);
        var freeCountAfter = ctx.MkBVAdd(freeCount, Count(t, freed));
        var kept = pages.Select((p, i) => ctx.MkAnd(p.Present, ctx.MkNot(removed[i]))).ToArray();

        var invariant = ctx.MkAnd(
        [
            .. from i in Enumerable.Range(0, Slots)
               from j in Enumerable.Range(i + 1, Slots - i - 1)
               select ctx.MkImplies(ctx.MkAnd(pages[i].Present, pages[j].Present), ctx.MkNot(ctx.MkEq(pages[i].Frame, pages[j].Frame))),
            .. pages.Select(p => ctx.MkImplies(p.Present, ctx.MkNot(t.SelectBool(free, p.Frame)))),
        ]);
        var accounted = ctx.MkEq(ctx.MkBVAdd(Count(t, kept), freeCountAfter), ctx.MkBVAdd(Count(t, pages.Select(p => p.Present)), freeCount));
        var onlyRemovedFreed = ctx.MkImplies(
            ctx.MkAnd(FreeAfter(witness), ctx.MkNot(t.SelectBool(free, witness))),
            ctx.MkOr(pages.Select((p, i) => ctx.MkAnd(removed[i], ctx.MkEq(p.Frame, witness)))));
        var everyRemovedFreed = ctx.MkAnd(pages.Select((p, i) => ctx.MkImplies(removed[i], FreeAfter(p.Frame))));
        var noKeptFreed = ctx.MkAnd(pages.Select((p, i) => ctx.MkImplies(kept[i], ctx.MkNot(FreeAfter(p.Frame)))));

        var hypothesis = ctx.MkOr(removed);
        var premise = ctx.MkAnd(invariant, ctx.MkBVULE(level, ctx.MkBV((int)PressureLevel.Oom, 8)));
        return new ObligationQuery(
            premise,
            ctx.MkAnd(hypothesis, ctx.MkNot(ctx.MkAnd(accounted, onlyRemovedFreed, everyRemovedFreed, noKeptFreed))),
            null,
            null,
            "reclaim",
            [CallArgument.Level("level", level)],
            null,
            [],
            [])
        {
            Hypothesis = hypothesis,
            States =
            [
                ("before", [.. pages.Select(p => p.Describe(p.Present)), CallArgument.Number("free frames", freeCount)]),
                ("after", [.. pages.Select((p, i) => p.Describe(kept[i])), CallArgument.Number("free frames", freeCountAfter)]),
            ],
        };
    }

    private static BitVecExpr Count(Terms t, IEnumerable<BoolExpr> flags) =>
        flags.Aggregate(t.U64(0), (sum, f) => t.Ctx.MkBVAdd(sum, (BitVecExpr)t.Ctx.MkITE(f, t.U64(1), t.U64(0))));

    /// <summary>One anonymous page slot of the encoded state.</summary>
    private sealed record Page(int Index, BoolExpr Present, BitVecExpr Frame, BoolExpr Droppable, BoolExpr Volatile, BoolExpr AllMappingsVolatile)
    {
        public static Page Fresh(Terms t, int i) => new(
            i,
            t.Flag($"page{i}.present"),
            t.Const($"page{i}.frame", t.FrameSort),
            t.Flag($"page{i}.droppable"),
            t.Flag($"page{i}.volatile"),
            t.Flag($"page{i}.all_mappings_volatile"));

        public CallArgument Describe(BoolExpr present) => new(
            $"page {Index}",
            [present, Frame, Droppable, Volatile],
            v => (v[0].IsTrue ? $"frame {ModelText.Number(v[1])}" : "no frame")
                + (v[2].IsTrue ? " droppable" : "") + (v[3].IsTrue ? " volatile" : ""));
    }
}
