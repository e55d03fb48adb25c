using Microsoft.Z3;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// The kernel's range checks over 64-bit vectors, as every encoded call uses them (INV-RANGE-01,
/// INV-RW-02). Each mutant that breaks arithmetic is applied here, so it reaches every call.
/// </summary>
public static class RangeArithmetic
{
    /// <summary>[offset, offset + length) lies within [0, size), checked without computing a wrapping sum.</summary>
    public static BoolExpr Within(Terms t, Mutant mutant, BitVecExpr offset, BitVecExpr length, BitVecExpr size)
    {
        var ctx = t.Ctx;
        return mutant == Mutant.RangeCheckOverflowingAddition
            ? ctx.MkBVULE(ctx.MkBVAdd(offset, length), size)
            : ctx.MkAnd(ctx.MkBVULE(length, size), ctx.MkBVULE(offset, ctx.MkBVSub(size, length)));
    }

    /// <summary>Rounding <paramref name="size"/> up to whole pages does not wrap past 2^64.</summary>
    public static BoolExpr RoundsUp(Terms t, Mutant mutant, BitVecExpr size) =>
        mutant == Mutant.PageRoundingWraps
            ? t.Ctx.MkTrue()
            : t.Ctx.MkBVULE(size, t.U64(ulong.MaxValue - (KernelLayout.PageSize - 1)));

    /// <summary><paramref name="size"/> rounded up to a multiple of the page size (wrapping, as the machine does).</summary>
    public static BitVecExpr PageRoundUp(Terms t, BitVecExpr size) =>
        t.Ctx.MkBVAND(t.Ctx.MkBVAdd(size, t.U64(KernelLayout.PageSize - 1)), t.U64(~(KernelLayout.PageSize - 1)));
}
