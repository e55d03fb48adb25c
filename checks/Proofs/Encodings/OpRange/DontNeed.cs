using Microsoft.Z3;
using VmoKernel.Checks.Proofs.Rules;

namespace VmoKernel.Checks.Proofs.Encodings.OpRange;

/// <summary>
/// ZX_VMO_OP_DONT_NEED, mirroring model/Syscalls/OpRange/DontNeed.cs (<see cref="HintOpChecks"/>): a
/// discardable A moves to the regular list and is discarded at once when it is unlocked, unpinned and
/// has something to discard (INV-LOCKLESS-04).
/// </summary>
public static class DontNeed
{
    public static (BitVecExpr Status, SymbolicKernel After) Step(Terms t, SymbolicKernel s, VmoOpRange call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var (status, acts) = HintOpChecks.Check(t, s, call, mutant);
        var listed = s.WithVmo(a with { Hinted = ctx.MkFalse() });
        var unlocked = mutant == Mutant.DontNeedIgnoresLockCount ? ctx.MkTrue() : ctx.MkEq(a.LockCount, t.U64(0));
        var discards = ctx.MkAnd(unlocked, ctx.MkNot(a.HasPinnedPage(t)), t.Ite(a.Lockless, a.HasCommittedPage(t), ctx.MkNot(a.Discarded)));
        var discarded = Discarding.DiscardWhere(t, listed, v => ctx.MkBool(v.Index == a.Index));
        return (status, SymbolicKernel.Ite(t, acts, SymbolicKernel.Ite(t, discards, discarded, listed), s));
    }
}
