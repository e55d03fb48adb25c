using Microsoft.Z3;
using VmoKernel.Abi;
using VmoKernel.Checks.Proofs;
using VmoKernel.Checks.Proofs.Rules;

namespace VmoKernel.Tests.Proof.Agreement;

/// <summary>
/// INV-RANGE-01's proof is about <see cref="SymbolicRanges"/>; it is worth something only if that is
/// abi/Ranges, the function both kernels call. Each symbolic function, evaluated on constants, must
/// give what <see cref="Ranges"/> gives on every edge value (and every pair and triple of them) near
/// 0, the page boundaries and 2^64; each arithmetic mutant must give something else on some of them.
/// </summary>
public sealed class RangesAgreementTests
{
    private const ulong Page = Ranges.PageSize;

    private static readonly ulong[] Edges =
    [
        0, 1, Page - 1, Page, Page + 1, (2 * Page) - 1, 1UL << 63, Ranges.MaxVmoSize, Ranges.MaxVmoSize + 1,
        ulong.MaxValue - (2 * Page) + 1, ulong.MaxValue - Page, ulong.MaxValue - Page + 1, ulong.MaxValue - Page + 2, ulong.MaxValue - 1, ulong.MaxValue,
    ];

    [Fact]
    [Trait("spec", "INV-RANGE-01")]
    public void TryEndAgreesWithAbiRangesOnEveryPairOfEdgeValues() => WithTerms(t =>
    {
        foreach (var (offset, length) in Pairs())
        {
            var (ok, end) = SymbolicRanges.TryEnd(t, Mutant.None, t.U64(offset), t.U64(length));
            var concreteOk = Ranges.TryEnd(offset, length, out var concreteEnd);
            Assert.True(concreteOk == IsTrue(ok), $"TryEnd(0x{offset:x}, 0x{length:x}): abi {concreteOk}");
            Assert.Equal(concreteEnd, Number(end));
        }
    });

    [Fact]
    [Trait("spec", "INV-RANGE-01")]
    public void InRangeAgreesWithAbiRangesOnEveryTripleOfEdgeValues() => WithTerms(t =>
    {
        Assert.Empty(InRangeDisagreements(t, Mutant.None));
    });

    [Fact]
    [Trait("spec", "INV-RANGE-01")]
    public void TryRoundUpRoundDownAndIsAlignedAgreeWithAbiRangesOnEveryEdgeValue() => WithTerms(t =>
    {
        foreach (var value in Edges)
        {
            var (ok, rounded) = SymbolicRanges.TryRoundUp(t, Mutant.None, t.U64(value));
            var concreteOk = Ranges.TryRoundUp(value, out var concreteRounded);
            Assert.True(concreteOk == IsTrue(ok), $"TryRoundUp(0x{value:x}): abi {concreteOk}");
            Assert.Equal(concreteRounded, Number(rounded));
            Assert.Equal(Ranges.RoundDown(value), Number(SymbolicRanges.RoundDown(t, t.U64(value))));
            Assert.Equal(Ranges.IsAligned(value), IsTrue(SymbolicRanges.IsAligned(t, t.U64(value))));
        }
    });

    /// <summary>The twin: the overflowing-addition mutant passes some wrapping range that abi/Ranges refuses.</summary>
    [Fact]
    [Trait("must-fail-twin", "INV-RANGE-01")]
    public void TheOverflowingAdditionMutantDisagreesWithAbiRangesNear2To64() => WithTerms(t =>
    {
        var wrong = InRangeDisagreements(t, Mutant.RangeCheckOverflowingAddition);
        Assert.NotEmpty(wrong);
        Assert.All(wrong, w => Assert.False(Ranges.TryEnd(w.Offset, w.Length, out _)));
    });

    /// <summary>The twin for rounding: the wrapping mutant accepts a size that abi/Ranges refuses.</summary>
    [Fact]
    [Trait("must-fail-twin", "INV-RANGE-01")]
    public void TheWrappingRoundingMutantDisagreesWithAbiRangesNear2To64() => WithTerms(t =>
    {
        var wrong = Edges.Where(v => Ranges.TryRoundUp(v, out _) != IsTrue(SymbolicRanges.TryRoundUp(t, Mutant.PageRoundingWraps, t.U64(v)).Ok)).ToList();
        Assert.Equal(Edges.Where(v => v > ulong.MaxValue - Page + 1), wrong);
    });

    private static List<(ulong Offset, ulong Length, ulong Size)> InRangeDisagreements(Terms t, Mutant mutant) =>
        [.. from p in Pairs()
            from size in Edges
            where Ranges.InRange(p.Offset, p.Length, size) != IsTrue(SymbolicRanges.InRange(t, mutant, t.U64(p.Offset), t.U64(p.Length), t.U64(size)))
            select (p.Offset, p.Length, size)];

    private static IEnumerable<(ulong Offset, ulong Length)> Pairs() => from a in Edges from b in Edges select (a, b);

    private static bool IsTrue(BoolExpr e)
    {
        var value = e.Simplify();
        Assert.True(value.IsTrue || value.IsFalse, $"not a constant: {value}");
        return value.IsTrue;
    }

    private static ulong Number(BitVecExpr e) => ((BitVecNum)e.Simplify()).UInt64;

    private static void WithTerms(Action<Terms> test)
    {
        Z3Library.EnsureLoaded();
        using var ctx = new Context();
        test(new Terms(ctx));
    }
}
