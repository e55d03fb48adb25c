using Microsoft.Z3;
using VmoKernel.Abi;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Rules;

/// <summary>
/// The checks LOCK, TRY_LOCK and UNLOCK on VMO A share (D-8, mirroring model/Rules/LockOpChecks.cs):
/// READ or WRITE; discardable; the range exactly (0, size) without wrapping. Only then does each op
/// look at the lock count.
/// </summary>
public static class LockOpChecks
{
    /// <summary>Whether a check refuses the call, and the status given what the op answers once they pass.</summary>
    public static (BoolExpr Refused, Func<BitVecExpr, BitVecExpr> Status) Refused(Terms t, SymbolicKernel s, Encodings.VmoOpRange call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var exact = ctx.MkAnd(
            SymbolicRanges.TryEnd(t, mutant, call.Offset, call.Size).Ok,
            ctx.MkEq(call.Offset, t.U64(0)),
            ctx.MkEq(call.Size, a.Size));
        var checks = new List<(BoolExpr, Status)>
        {
            (ctx.MkNot(call.Has(t, Rights.Read | Rights.Write)), Status.ZxErrAccessDenied),
            (ctx.MkNot(a.Discardable), Status.ZxErrNotSupported),
            (ctx.MkNot(exact), Status.ZxErrOutOfRange),
        };
        return (ctx.MkOr(checks.Select(c => c.Item1)), rest => t.FirstFailure(checks, rest));
    }
}
