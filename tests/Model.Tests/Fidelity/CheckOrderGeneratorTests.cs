using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VmoKernel.Abi;

namespace VmoKernel.Tests.Model.Fidelity;

/// <summary>
/// The issue-11 generator: random call sequences over the Zircon surface, each call's status
/// predicted by <see cref="CheckOrderOracle"/> from Fuchsia's check orders and compared with the
/// model's. A disagreement passes only when a <see cref="KnownDivergence"/> names the decision that
/// records it; anything else is a drift to fix or to decide. Bounded to stay well under 30 s.
/// </summary>
[Properties(Arbitrary = [typeof(FidelityArbitraries)], MaxTest = 1500, EndSize = 40)]
public sealed class CheckOrderGeneratorTests
{
    [Property]
    [Trait("spec", "INV-RW-09")]
    [Trait("spec", "INV-PIN-05")]
    public Property TheModelAnswersEveryCoveredCallAsFuchsiasCheckOrderDoes(FidelitySequence sequence)
    {
        var calls = FidelityRun.Run(sequence.Steps);
        var unexplained = calls.Select(c => c.Disagreement).OfType<Disagreement>().Where(d => KnownDivergence.Explaining(d) is null).ToList();
        var predicted = calls.Where(c => c.Predicted is not null).ToList();
        return (unexplained.Count == 0).ToProperty()
            .Label(string.Join(Environment.NewLine, unexplained.Take(3)))
            .Classify(predicted.Count * 2 >= calls.Count, "at least half the calls predicted")
            .Classify(predicted.Any(c => c.Predicted == Status.ZxErrOutOfRange), "an OUT_OF_RANGE predicted")
            .Classify(predicted.Any(c => c.Call is VmoOpRange { Op: VmoOp.Decommit } && c.Predicted != Status.ZxErrBadHandle), "a DECOMMIT reached its own checks")
            .Classify(predicted.Any(c => c.Call is BtiPin && c.Predicted == Status.ZxOk), "a pin succeeded")
            .Classify(predicted.Any(c => c.Call is VmoTransferData && c.Predicted == Status.ZxOk), "a transfer succeeded")
            .Classify(calls.Any(c => c.Disagreement is not null), "a known divergence met");
    }

    [Fact]
    public void TheOracleCoversTheCallsOfAHandWrittenSequenceAndAgreesWithTheModel()
    {
        FidelityStep[] steps =
        [
            new(0, 2, 3, 0, 0), // create a discardable VMO
            new(5, 1, 3, 0, 7), // LOCK it whole (3 pages)
            new(5, 1, 1, 3, 4), // DECOMMIT: aligned, in range
            new(5, 1, 1, 1, 0), // DECOMMIT size 0 at offset 1: ZX_OK
            new(11, 1, 1, 0, 3), // pin the second page
            new(10, 2, 0, 0, 0), // close the PMT: the BTI is quarantined
            new(11, 1, 3, 0, 3), // pin size 0 on a quarantined BTI: INVALID_ARGS first
        ];
        var calls = FidelityRun.Run(steps);
        Assert.All(calls, c => Assert.NotNull(c.Predicted));
        Assert.All(calls, c => Assert.Null(c.Disagreement));
        Assert.Equal(Status.ZxErrInvalidArgs, calls[^1].Actual.Status);
    }

    [Fact]
    [Trait("spec", "INV-RW-09")]
    public void ADecommitOfAVmoWithALiveSnapshotChildIsTheRecordedDivergenceD28()
    {
        FidelityStep[] steps =
        [
            new(0, 2, 0, 0, 0), // create a plain 3-page VMO
            new(7, 1, 0, 0, 0), // its snapshot child
            new(5, 1, 1, 0, 4), // DECOMMIT the parent, one page
        ];
        var calls = FidelityRun.Run(steps);
        var d = Assert.IsType<Disagreement>(calls[^1].Disagreement);
        Assert.Equal(Status.ZxErrNotSupported, d.Predicted);
        Assert.Equal(Status.ZxOk, d.Actual);
        Assert.Equal("D-28", KnownDivergence.Explaining(d)?.Decision);
    }
}

/// <summary>A generated sequence of steps.</summary>
public sealed record FidelitySequence(ImmutableArray<FidelityStep> Steps)
{
    public override string ToString() => string.Join(Environment.NewLine, Steps.Select((s, i) => $"{i,3}: {s}"));
}

/// <summary>The generator's one arbitrary: sequences of 4 to 40 steps, creations weighted first so later calls find handles.</summary>
public static class FidelityArbitraries
{
    public static Arbitrary<FidelitySequence> Sequences() => Arb.From(
        from count in Gen.Choose(4, 40)
        from steps in Gen.ArrayOf(StepGen(), count)
        select new FidelitySequence([new FidelityStep(0, 2, 3, 0, 0), new FidelityStep(1, 2, 0, 0, 0), .. steps]));

    private static Gen<FidelityStep> StepGen() =>
        from kind in Gen.Choose(0, FidelityStep.Kinds - 1)
        from a in Gen.Choose(0, 1000)
        from b in Gen.Choose(0, 1000)
        from c in Gen.Choose(0, 1000)
        from d in Gen.Choose(0, 1000)
        select new FidelityStep(kind, a, b, c, d);
}
