using Microsoft.Z3;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Proofs.Rules;

/// <summary>
/// Discarding, mirroring model/Rules/Discarding.cs: a discard frees every page of the whole VMO, counts
/// one committed_change_event and marks it discarded (D-5); which VMOs the reclaimer may take (D-6).
/// Used by the reclaimer (Encodings.Reclaim) and DONT_NEED (Encodings.OpRange.DontNeed).
/// </summary>
public static class Discarding
{
    /// <summary>
    /// D-6, D-12: discardable, lock count 0, no pinned page, reclaimable (a regular VMO once locked and
    /// not discarded since, a lockless VMO while it holds a page), and on a list this level reclaims.
    /// </summary>
    public static BoolExpr IsEligible(Terms t, SymbolicVmo v, BitVecExpr level, Mutant mutant)
    {
        var ctx = t.Ctx;
        var unlocked = mutant == Mutant.DiscardIgnoresLockCount ? ctx.MkTrue() : ctx.MkEq(v.LockCount, t.U64(0));
        var unpinned = mutant == Mutant.ReclaimIgnoresPins ? ctx.MkTrue() : ctx.MkNot(v.HasPinnedPage(t));
        var reclaimable = t.Ite(v.Lockless, v.HasCommittedPage(t), ctx.MkAnd(v.EverLocked, ctx.MkNot(v.Discarded)));
        var hintedLevel = mutant == Mutant.ReclaimIgnoresHintedList ? PressureLevel.Warning : PressureLevel.AlmostOom;
        var listReclaimed = t.Ite(
            v.Hinted,
            ctx.MkBVUGE(level, ctx.MkBV((int)hintedLevel, 8)),
            ctx.MkBVUGE(level, ctx.MkBV((int)PressureLevel.Warning, 8)));
        return ctx.MkAnd(v.Alive, v.Discardable, unlocked, unpinned, reclaimable, listReclaimed);
    }

    /// <summary>Discards every VMO for which <paramref name="discards"/> holds (model/Rules/Discarding.Discard).</summary>
    public static SymbolicKernel DiscardWhere(Terms t, SymbolicKernel s, Func<SymbolicVmo, BoolExpr> discards)
    {
        var ctx = t.Ctx;
        var after = s.FreeFramesOf(t, discards);
        foreach (var v in s.Vmos)
        {
            var discarded = v with
            {
                Committed = Terms.Constant(ctx.MkFalse()),
                ChangeEvents = ctx.MkBVAdd(v.ChangeEvents, t.U64(1)),
                Discarded = ctx.MkTrue(),
            };
            after = after.WithVmo(SymbolicVmo.Ite(t, discards(v), discarded, v));
        }

        return after;
    }
}
