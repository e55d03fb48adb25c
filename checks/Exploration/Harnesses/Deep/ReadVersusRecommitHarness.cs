using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses.Deep;

/// <summary>
/// Reads of a page's first half while one thread decommits the page and another writes its second half, so the page
/// can come back on the frame it just gave up (the allocator hands out the most recently freed frame first) with a
/// first half of zeros. A write in place leaves the first half as it was, so a read that re-validates its look by
/// frame numbers is fooled only by a DECOMMIT and then a WRITE, both between its look and its lock (the ABA).
/// </summary>
[Hunts(SeededBug.ReadValidatesLookByFrame)]
[ChecksSpec("LIVE-01", "REF-01")]
public sealed class ReadVersusRecommitHarness : KernelHarness<ReadVersusRecommitHarness.Fixture>
{
    public override string Name => "ReadVersusRecommit";

    private const ulong Half = Workload.Page / 2;

    public override string Description => "reads of a page's first half that other threads decommit and write (second half) again on the same frame";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 2;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller) =>
        new(await Workload.CreateWrittenAsync(caller, 1, 0, 0x10));

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client) =>
        await caller.CallAsync(client switch
        {
            0 => new VmoRead(fixture.Vmo, 0, Half),
            1 => new VmoOpRange(fixture.Vmo, VmoOp.Decommit, 0, Workload.Page),
            _ => new VmoWrite(fixture.Vmo, Half, Workload.Fill(0x20, Half)),
        });

    /// <summary>The one-page VMO.</summary>
    public sealed record Fixture(uint Vmo);
}
