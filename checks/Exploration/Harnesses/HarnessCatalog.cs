using VmoKernel.Checks.Cli;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>Every exploration harness by name: the one list profiles, <c>--test</c> and traces are checked against.</summary>
public static class HarnessCatalog
{
    public static IReadOnlyList<ExplorationHarness> All { get; } =
    [
        new PingPongHarness(),
        new LockVersusReclaimHarness(),
        new LocklessVersusReclaimHarness(),
        new TransferVersusAccessHarness(),
        new OppositeTransfersHarness(),
        new TransferVersusSnapshotChildHarness(),
        new GetinfoVersusTransfersHarness(),
        new MadviseVersusMapHarness(),
        new GetinfoVersusProcessCreateHarness(),
        new ReclaimVersusDroppableHarness(),
        new UffdHandlerHarness(),
        new ForkVersusReclaimHarness(),
        new PidfdMadviseVersusMapHarness(),
        new AddressSpaceRefinementHarness(),
        new HandlesVersusMappingsHarness(),
        new Generated.GeneratedHarness(),
        new Deep.ReadVersusRecommitHarness(),
        new Deep.CommitVersusRecommitHarness(),
        new Deep.DontNeedVersusRelockHarness(),
        new Deep.GetinfoVersusNewVmosHarness(),
        new Deep.PipeReaderVersusWriterHarness(),
        new Deep.InfoVersusRediscardHarness(),
    ];

    /// <summary>The harness with this name; an unknown name is the user's error, with the known names in the message.</summary>
    public static ExplorationHarness Find(string name) =>
        All.FirstOrDefault(h => h.Name == name)
        ?? throw new InputException($"unknown test '{name}' (known: {string.Join(", ", All.Select(h => h.Name))})");
}
