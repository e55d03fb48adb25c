using Microsoft.Z3;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Proofs.Rules;

/// <summary>
/// <see cref="Ranges"/> (abi/Ranges.cs, the overflow-checked range arithmetic both kernels call) over
/// 64-bit vectors, function by function and written as the concrete code computes: a wrapping sum and
/// a comparison, not a cleverer equivalent, so INV-RANGE-01's proof is about the function everyone
/// calls, and tests/Proof.Tests/Agreement/RangesAgreementTests holds each one to its concrete twin on
/// the edge values. The mutants that break arithmetic are applied here, so they reach every call.
/// </summary>
public static class SymbolicRanges
{
    private const ulong PageMask = Ranges.PageSize - 1;

    /// <summary><see cref="Ranges.TryEnd"/>: offset + length (wrapping) and whether it did not wrap (end ≥ offset).</summary>
    public static (BoolExpr Ok, BitVecExpr End) TryEnd(Terms t, Mutant mutant, BitVecExpr offset, BitVecExpr length)
    {
        var end = t.Ctx.MkBVAdd(offset, length);
        var ok = mutant == Mutant.RangeCheckOverflowingAddition ? t.Ctx.MkTrue() : t.Ctx.MkBVUGE(end, offset);
        return (ok, end);
    }

    /// <summary><see cref="Ranges.TryRoundUp"/>: the value rounded up to a page boundary (wrapping), and whether that did not wrap to 0.</summary>
    public static (BoolExpr Ok, BitVecExpr Rounded) TryRoundUp(Terms t, Mutant mutant, BitVecExpr value)
    {
        var ctx = t.Ctx;
        var down = RoundDown(t, value);
        var aligned = ctx.MkEq(down, value);
        var rounded = t.Ite(aligned, value, ctx.MkBVAdd(down, t.U64(Ranges.PageSize)));
        var ok = mutant == Mutant.PageRoundingWraps ? ctx.MkTrue() : ctx.MkOr(aligned, ctx.MkNot(ctx.MkEq(rounded, t.U64(0))));
        return (ok, rounded);
    }

    /// <summary><see cref="Ranges.RoundDown"/>.</summary>
    public static BitVecExpr RoundDown(Terms t, BitVecExpr value) => t.Ctx.MkBVAND(value, t.U64(~PageMask));

    /// <summary><see cref="Ranges.IsAligned"/>.</summary>
    public static BoolExpr IsAligned(Terms t, BitVecExpr value) => t.Ctx.MkEq(t.Ctx.MkBVAND(value, t.U64(PageMask)), t.U64(0));

    /// <summary><see cref="Ranges.InRange"/>: [offset, offset + length) lies within [0, size) without wrapping.</summary>
    public static BoolExpr InRange(Terms t, Mutant mutant, BitVecExpr offset, BitVecExpr length, BitVecExpr size)
    {
        var (ok, end) = TryEnd(t, mutant, offset, length);
        return t.Ctx.MkAnd(ok, t.Ctx.MkBVULE(end, size));
    }
}
