using System.Reflection;
using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Report;
using VmoKernel.Kernel;
using VmoKernel.Model;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// "Seeded bug B breaks spec X and is hunted by harness H" is declared once, by attributes: <c>[Breaks]</c>
/// on the bug, <c>[Hunts]</c> and <c>[ChecksSpec]</c> on the harness. These tests fail when a declaration
/// is missing, contradicts another, or names a spec ID spec/ does not define; coyote.json naming something
/// undeclared is ProfileCatalogTests' one-line error.
/// </summary>
public sealed class DeclarationTests
{
    [Fact]
    public void EverySeededBugBreaksOneSpecIdAndIsHuntedByExactlyOneHarness()
    {
        Assert.Empty(SeededBugCatalog.Problems());
        Assert.Equal(Enum.GetValues<SeededBug>().Order(), SeededBugCatalog.All.Select(b => b.Bug).Order());
        Assert.All(SeededBugCatalog.All, b => Assert.Contains(b.Bug, b.Harness.Hunts));
    }

    [Fact]
    public void ASecondHunterThatDoesNotCheckTheBugsSpecIdIsReported()
    {
        var problems = SeededBugCatalog.Problems([.. HarnessCatalog.All, new StrayHarness()]).ToList();

        Assert.Contains("seeded bug FrameFreedTwice: hunted by 2 harnesses (TransferVersusAccess, Stray), expected exactly one [Hunts(SeededBug.FrameFreedTwice)]", problems);
        Assert.Contains("harness Stray: checks INV-MEM-01 (its deadlocks or a bug it hunts) but its [ChecksSpec] does not name it", problems);
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void ABugWithoutBreaksIsReported()
    {
        var problems = SeededBugCatalog.Problems(breaksOf: bug => bug == SeededBug.DecommitLeaksFrames ? null : SeededBugCatalog.BreaksOf(bug));

        Assert.Equal(["seeded bug DecommitLeaksFrames: no [Breaks(\"ID\")] on SeededBug.DecommitLeaksFrames"], problems);
    }

    [Fact]
    public void ABugNoHarnessHuntsIsReported()
    {
        var problems = SeededBugCatalog.Problems([.. HarnessCatalog.All.Where(h => h.Name != "OppositeTransfers")]);

        Assert.Equal(["seeded bug OppositeTransfersDeadlock: hunted by 0 harnesses (), expected exactly one [Hunts(SeededBug.OppositeTransfersDeadlock)]"], problems);
    }

    [Fact]
    public void EverySpecIdADeclarationNamesIsDefinedInSpec()
    {
        var spec = SpecCatalog.Read(TraceabilityReport.FindRoot(AppContext.BaseDirectory));
        var declared = SeededBugCatalog.All.Select(b => (Where: $"SeededBug.{b.Name}", Id: b.Breaks))
            .Concat(ModelFaultBreaks().Select(f => (Where: $"ModelFaults.{f.Fault}", Id: f.Breaks!)))
            .Concat(HarnessCatalog.All.SelectMany(h => h.ChecksSpec.Select(id => (Where: $"harness {h.Name}", Id: id))));

        Assert.Empty(declared.Where(d => !spec.ById.ContainsKey(d.Id)).Select(d => $"{d.Where}: {d.Id}"));
    }

    [Fact]
    public void EveryModelFaultBreaksOneSpecId()
    {
        Assert.Empty(ModelFaultBreaks().Where(f => f.Breaks is null).Select(f => f.Fault));
        Assert.True(ModelFaultBreaks().Count() >= 6);
    }

    [Fact]
    public void EveryHarnessChecksTheSpecIdItsDeadlocksReport()
    {
        Assert.All(HarnessCatalog.All, h => Assert.Contains(h.DeadlockSpecId, h.ChecksSpec));
    }

    private static IEnumerable<(ModelFaults Fault, string? Breaks)> ModelFaultBreaks() =>
        from fault in Enum.GetValues<ModelFaults>()
        where fault != ModelFaults.None
        select (fault, typeof(ModelFaults).GetField(fault.ToString())!.GetCustomAttribute<BreaksAttribute>()?.SpecId);

    /// <summary>A harness that claims a bug another harness already hunts and forgets the bug's spec ID.</summary>
    [Hunts(SeededBug.FrameFreedTwice)]
    [ChecksSpec("LIVE-01")]
    private sealed class StrayHarness : ExplorationHarness
    {
        public override string Name => "Stray";

        public override string Description => "declares a hunt it does not check";

        protected override void StartActors(IActorRuntime runtime, HarnessSettings settings) => throw new NotSupportedException("never run: declarations only");
    }
}
