using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs.Rules;

/// <summary>The symbolic page-range effects several encodings share: DECOMMIT, ZERO, set_size and transfer_data.</summary>
public static class PageRanges
{
    /// <summary>Frees the frames of <paramref name="vmo"/>'s committed pages in the range and leaves them uncommitted.</summary>
    public static SymbolicKernel Decommit(Terms t, SymbolicKernel s, SymbolicVmo vmo, BitVecExpr first, BitVecExpr count)
    {
        var ctx = t.Ctx;
        var freed = s with
        {
            Used = Terms.Lambda(f => ctx.MkAnd(
                s.IsUsed(t, f),
                ctx.MkNot(ctx.MkAnd(ctx.MkEq(s.OwnerSlotOf(t, f), t.Slot(vmo.Index)), t.InPages(s.OwnerPageOf(t, f), first, count))))),
        };
        return freed.WithVmo(vmo with
        {
            Committed = Terms.Lambda(i => ctx.MkAnd(vmo.IsCommitted(t, i), ctx.MkNot(t.InPages(i, first, count)))),
        });
    }

    /// <summary>The captured contents with the pages [first, first + count) reading zeros.</summary>
    public static SymbolicMap ClearedIn(Terms t, SymbolicMap captured, BitVecExpr first, BitVecExpr count) =>
        Terms.Lambda(i => t.Ite(t.InPages(i, first, count), t.ZeroContent, t.SelectBv(captured, i)));
}
