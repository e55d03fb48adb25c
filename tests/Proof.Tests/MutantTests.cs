using VmoKernel.Checks.Proofs;
using Xunit.Abstractions;

namespace VmoKernel.Tests.Proof;

/// <summary>Every mutant is refuted: each obligation it names finds a counterexample, printed as a kernel state and call.</summary>
public sealed class MutantTests(ITestOutputHelper output)
{
    public static TheoryData<string> Mutants() => [.. MutantCatalog.All.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Mutants))]
    public void MutantIsRefutedWithAReadableCounterexample(string name)
    {
        var mutant = MutantCatalog.Find(name)!;
        Assert.NotEmpty(mutant.RefutedBy);
        foreach (var obligationName in mutant.RefutedBy)
        {
            var obligation = ObligationCatalog.All.Single(o => o.Name == obligationName);
            var result = ProofRunner.Prove(obligation, mutant.Mutant);
            output.WriteLine($"{name} / {obligationName}: {result.Verdict} in {result.Elapsed.TotalSeconds:0.00} s");
            output.WriteLine(result.Detail);
            Assert.Equal(ProofVerdict.Counterexample, result.Verdict);
            Assert.StartsWith("call: ", result.Detail, StringComparison.Ordinal);
            if (obligation.SpecId != "INV-RANGE-01")
            {
                Assert.Contains("before:", result.Detail, StringComparison.Ordinal);
                Assert.Contains("after:", result.Detail, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void EveryMutantIsDistinctAndThereAreAtLeastSix()
    {
        Assert.True(MutantCatalog.All.Length >= 6);
        Assert.Equal(MutantCatalog.All.Length, MutantCatalog.All.Select(m => m.Mutant).Distinct().Count());
        Assert.DoesNotContain(MutantCatalog.All, m => m.Mutant == Mutant.None);
    }
}
