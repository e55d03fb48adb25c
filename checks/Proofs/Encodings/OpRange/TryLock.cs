using Microsoft.Z3;
using VmoKernel.Checks.Proofs.Rules;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Encodings.OpRange;

/// <summary>
/// ZX_VMO_OP_TRY_LOCK, mirroring model/Syscalls/OpRange/TryLock.cs (<see cref="LockOpChecks"/>): a VMO
/// discarded since its last LOCK is UNAVAILABLE and unchanged (INV-DISC-06); else as LOCK without a
/// discard to clear.
/// </summary>
public static class TryLock
{
    public static (BitVecExpr Status, SymbolicKernel After) Step(Terms t, SymbolicKernel s, VmoOpRange call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var (refused, status) = LockOpChecks.Refused(t, s, call, mutant);
        var locked = s.WithVmo(a with { LockCount = ctx.MkBVAdd(a.LockCount, t.U64(1)), EverLocked = ctx.MkTrue() });
        if (mutant == Mutant.TryLockClearsDiscard)
        {
            locked = s.WithVmo(a with { LockCount = ctx.MkBVAdd(a.LockCount, t.U64(1)), EverLocked = ctx.MkTrue(), Discarded = ctx.MkFalse() });
            return (status(t.StatusOf(Status.ZxOk)), SymbolicKernel.Ite(t, refused, s, locked));
        }

        var unavailable = ctx.MkAnd(ctx.MkNot(refused), a.Discarded);
        return (status(t.Ite(a.Discarded, t.StatusOf(Status.ZxErrUnavailable), t.StatusOf(Status.ZxOk))), SymbolicKernel.Ite(t, ctx.MkOr(refused, unavailable), s, locked));
    }
}
