using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses.Deep;

/// <summary>
/// ZX_INFO_VMO of a one-page lockless discardable VMO while one thread reclaims at CRITICAL (discarding it: one
/// more committed_change_event, no page) and another writes its page again. A get_info that trusts a look
/// while the page count agrees is fooled only when a discard and a write after it both land between its look
/// and its lock.
/// </summary>
[Hunts(SeededBug.InfoVmoValidatesLookByPageCount)]
[ChecksSpec("LIVE-01", "REF-01")]
public sealed class InfoVersusRediscardHarness : KernelHarness<InfoVersusRediscardHarness.Fixture>
{
    public override string Name => "InfoVersusRediscard";

    public override string Description => "ZX_INFO_VMO of a lockless VMO against a reclaimer discarding it and a writer committing it again";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 2;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller) =>
        new(await Workload.CreateWrittenAsync(caller, 1, VmoOptions.DiscardableLockless, 0x70));

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client) =>
        await caller.CallAsync(client switch
        {
            0 => new ObjectGetInfo(fixture.Vmo, InfoTopic.Vmo),
            1 => new Reclaim(PressureLevel.Critical),
            _ => new VmoWrite(fixture.Vmo, 0, Workload.Fill(0x71, Workload.Page)),
        });

    /// <summary>The lockless VMO.</summary>
    public sealed record Fixture(uint Vmo);
}
