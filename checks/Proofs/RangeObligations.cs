using VmoKernel.Abi;
using VmoKernel.Checks.Proofs.Rules;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// INV-RANGE-01: abi/Ranges, the range arithmetic both kernels and every encoded call use (as
/// <see cref="SymbolicRanges"/>), against unbounded integers (65-bit vectors).
/// </summary>
public static class RangeObligations
{
    /// <summary>
    /// INV-RANGE-01, INV-RW-02: ∀ offset, length, size &lt; 2^64. Ranges.InRange(offset, length, size)
    /// ⇒ offset + length ≤ size computed without wrapping (in 65 bits): no pair near 2^64 passes.
    /// </summary>
    public static ObligationQuery RangeCheckNeverPassesAWrappingRange(Terms t, Mutant mutant)
    {
        var ctx = t.Ctx;
        var (offset, length, size) = (t.Word64("call.offset"), t.Word64("call.length"), t.Word64("vmo.size"));
        var exactEnd = ctx.MkBVAdd(ctx.MkZeroExt(1, offset), ctx.MkZeroExt(1, length));
        var passes = SymbolicRanges.InRange(t, mutant, offset, length, size);
        var violation = ctx.MkAnd(passes, ctx.MkBVUGT(exactEnd, ctx.MkZeroExt(1, size)));
        return new ObligationQuery(
            t.Ctx.MkTrue(),
            violation,
            null,
            null,
            "range check",
            [CallArgument.Number("offset", offset), CallArgument.Number("length", length), CallArgument.Number("size", size), CallArgument.Flag("passes", passes)],
            null,
            [],
            [])
        { Hypothesis = passes };
    }

    /// <summary>
    /// INV-RANGE-01 for sizes (set_size, create_child): ∀ size &lt; 2^64. Ranges.TryRoundUp(size, out rounded)
    /// ⇒ size ≤ rounded &lt; size + 4096 in unbounded integers: rounding near 2^64 is refused, never wrapped to 0.
    /// </summary>
    public static ObligationQuery PageRoundingNeverWraps(Terms t, Mutant mutant)
    {
        var ctx = t.Ctx;
        var size = t.Word64("call.size");
        var (roundsUp, rounded) = SymbolicRanges.TryRoundUp(t, mutant, size);
        var exact = ctx.MkAnd(
            ctx.MkBVUGE(ctx.MkZeroExt(1, rounded), ctx.MkZeroExt(1, size)),
            ctx.MkBVULT(ctx.MkZeroExt(1, rounded), ctx.MkBVAdd(ctx.MkZeroExt(1, size), ctx.MkBV(KernelLayout.PageSize, 65))));
        var violation = ctx.MkAnd(roundsUp, ctx.MkNot(exact));
        return new ObligationQuery(
            t.Ctx.MkTrue(),
            violation,
            null,
            null,
            "page rounding",
            [CallArgument.Number("size", size), CallArgument.Number("rounded", rounded)],
            null,
            [],
            [])
        { Hypothesis = roundsUp };
    }
}
