using Microsoft.Z3;
using VmoKernel.Checks.Proofs.Rules;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Encodings.OpRange;

/// <summary>
/// ZX_VMO_OP_LOCK, mirroring model/Syscalls/OpRange/Lock.cs (<see cref="LockOpChecks"/>): counts one
/// more lock, marks A ever locked, and clears (reports) a discard (INV-DISC-05).
/// </summary>
public static class Lock
{
    public static (BitVecExpr Status, SymbolicKernel After) Step(Terms t, SymbolicKernel s, VmoOpRange call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var (refused, status) = LockOpChecks.Refused(t, s, call, mutant);
        var locked = s.WithVmo(s.A with { LockCount = ctx.MkBVAdd(s.A.LockCount, t.U64(1)), EverLocked = ctx.MkTrue(), Discarded = ctx.MkFalse() });
        return (status(t.StatusOf(Status.ZxOk)), SymbolicKernel.Ite(t, refused, s, locked));
    }
}
