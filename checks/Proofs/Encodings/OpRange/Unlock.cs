using Microsoft.Z3;
using VmoKernel.Checks.Proofs.Rules;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Encodings.OpRange;

/// <summary>
/// ZX_VMO_OP_UNLOCK, mirroring model/Syscalls/OpRange/Unlock.cs (<see cref="LockOpChecks"/>): at lock
/// count 0 BAD_STATE; else one lock fewer.
/// </summary>
public static class Unlock
{
    public static (BitVecExpr Status, SymbolicKernel After) Step(Terms t, SymbolicKernel s, VmoOpRange call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var (refused, status) = LockOpChecks.Refused(t, s, call, mutant);
        var zero = ctx.MkEq(a.LockCount, t.U64(0));
        var unlocked = s.WithVmo(a with { LockCount = ctx.MkBVSub(a.LockCount, t.U64(1)) });
        return (status(t.Ite(zero, t.StatusOf(Status.ZxErrBadState), t.StatusOf(Status.ZxOk))), SymbolicKernel.Ite(t, ctx.MkOr(refused, zero), s, unlocked));
    }
}
