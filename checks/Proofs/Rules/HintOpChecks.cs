using Microsoft.Z3;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Rules;

/// <summary>
/// The checks DONT_NEED and ALWAYS_NEED on VMO A share (D-7, mirroring model/Rules/HintOpChecks.cs):
/// no right; a VMO neither discardable nor pager-backed is ZX_OK unchecked; then the range. Only a
/// discardable VMO goes on to the hint's effect.
/// </summary>
public static class HintOpChecks
{
    /// <summary>The status the hint answers, and whether it goes on to change A.</summary>
    public static (BitVecExpr Status, BoolExpr Acts) Check(Terms t, SymbolicKernel s, Encodings.VmoOpRange call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var plain = ctx.MkAnd(ctx.MkNot(a.Discardable), ctx.MkNot(a.PagerBacked));
        var outOfRange = ctx.MkAnd(ctx.MkNot(plain), ctx.MkNot(SymbolicRanges.InRange(t, mutant, call.Offset, call.Size, a.Size)));
        var status = t.Ite(outOfRange, t.StatusOf(Status.ZxErrOutOfRange), t.StatusOf(Status.ZxOk));
        return (status, ctx.MkAnd(a.Discardable, ctx.MkNot(outOfRange)));
    }
}
