using VmoKernel.Checks.Proofs;
using Xunit.Abstractions;

namespace VmoKernel.Tests.Proof;

/// <summary>Every obligation of the catalogue is proved (UNSAT of its negation); the solver time is printed, not asserted.</summary>
public sealed class ObligationTests(ITestOutputHelper output)
{
    public static TheoryData<string> Obligations() => [.. ObligationCatalog.All.Select(o => o.Name)];

    [Theory]
    [MemberData(nameof(Obligations))]
    public void ObligationIsProved(string name)
    {
        var obligation = ObligationCatalog.All.Single(o => o.Name == name);
        var result = ProofRunner.Prove(obligation);
        output.WriteLine($"{name}: {result.Verdict} in {result.Elapsed.TotalSeconds:0.00} s");
        Assert.True(result.Proved, $"{name}: {result.Verdict} {result.Detail}");
    }

    [Fact]
    public void EveryIssueSixInvariantHasAnObligation()
    {
        string[] required = ["INV-PIN-01", "INV-DISC-01", "INV-MEM-01", "INV-MEM-02", "INV-XFER-01", "INV-XFER-02", "INV-XFER-03", "INV-LOCKLESS-01", "INV-DISC-04", "INV-RANGE-01"];
        Assert.All(required, id => Assert.NotEmpty(ObligationCatalog.Select(id)));
        string[] pinTransitions = ["transfer_data", "op_range DECOMMIT", "op_range ZERO", "reclaim", "set_size", "create_child"];
        Assert.Equal(pinTransitions.Order(), ObligationCatalog.Select("INV-PIN-01").Select(o => o.Transition).Order());
    }
}
