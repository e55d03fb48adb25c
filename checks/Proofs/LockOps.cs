using Microsoft.Z3;
using VmoKernel.Abi;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// LOCK, TRY_LOCK and UNLOCK on VMO A (D-8, mirroring model/Syscalls/LockOps.cs): READ or WRITE;
/// discardable; the range exactly (0, size) without wrapping; then the lock count.
/// </summary>
public static class LockOps
{
    /// <summary>Counts one more lock, marks A ever locked, and clears (reports) a discard (INV-DISC-05).</summary>
    public static (BitVecExpr, SymbolicKernel) Lock(Terms t, SymbolicKernel s, OpRangeCall call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var (refused, status) = Refused(t, s, call, mutant);
        var locked = s.WithVmo(s.A with { LockCount = ctx.MkBVAdd(s.A.LockCount, t.U64(1)), EverLocked = ctx.MkTrue(), Discarded = ctx.MkFalse() });
        return (status(t.StatusOf(Status.ZxOk)), SymbolicKernel.Ite(t, refused, s, locked));
    }

    /// <summary>A VMO discarded since its last LOCK is UNAVAILABLE and unchanged (INV-DISC-06); else as LOCK without a discard to clear.</summary>
    public static (BitVecExpr, SymbolicKernel) TryLock(Terms t, SymbolicKernel s, OpRangeCall call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var (refused, status) = Refused(t, s, call, mutant);
        var locked = s.WithVmo(a with { LockCount = ctx.MkBVAdd(a.LockCount, t.U64(1)), EverLocked = ctx.MkTrue() });
        if (mutant == Mutant.TryLockClearsDiscard)
        {
            locked = s.WithVmo(a with { LockCount = ctx.MkBVAdd(a.LockCount, t.U64(1)), EverLocked = ctx.MkTrue(), Discarded = ctx.MkFalse() });
            return (status(t.StatusOf(Status.ZxOk)), SymbolicKernel.Ite(t, refused, s, locked));
        }

        var unavailable = ctx.MkAnd(ctx.MkNot(refused), a.Discarded);
        return (status(t.Ite(a.Discarded, t.StatusOf(Status.ZxErrUnavailable), t.StatusOf(Status.ZxOk))), SymbolicKernel.Ite(t, ctx.MkOr(refused, unavailable), s, locked));
    }

    /// <summary>At lock count 0 BAD_STATE; else one lock fewer.</summary>
    public static (BitVecExpr, SymbolicKernel) Unlock(Terms t, SymbolicKernel s, OpRangeCall call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var (refused, status) = Refused(t, s, call, mutant);
        var zero = ctx.MkEq(a.LockCount, t.U64(0));
        var unlocked = s.WithVmo(a with { LockCount = ctx.MkBVSub(a.LockCount, t.U64(1)) });
        return (status(t.Ite(zero, t.StatusOf(Status.ZxErrBadState), t.StatusOf(Status.ZxOk))), SymbolicKernel.Ite(t, ctx.MkOr(refused, zero), s, unlocked));
    }

    private static (BoolExpr Refused, Func<BitVecExpr, BitVecExpr> Status) Refused(Terms t, SymbolicKernel s, OpRangeCall call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var exact = ctx.MkAnd(
            RangeArithmetic.Within(t, mutant, call.Offset, call.Size, ctx.MkBVNot(t.U64(0))),
            ctx.MkEq(call.Offset, t.U64(0)),
            ctx.MkEq(call.Size, a.Size));
        var checks = new List<(BoolExpr, Status)>
        {
            (ctx.MkNot(OpRangeEncoding.Has(t, call, Rights.Read | Rights.Write)), Status.ZxErrAccessDenied),
            (ctx.MkNot(a.Discardable), Status.ZxErrNotSupported),
            (ctx.MkNot(exact), Status.ZxErrOutOfRange),
        };
        return (ctx.MkOr(checks.Select(c => c.Item1)), rest => t.FirstFailure(checks, rest));
    }
}
