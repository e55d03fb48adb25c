using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses.Deep;

/// <summary>
/// Reads of one page while one thread decommits it and another writes it, so the page keeps coming back on
/// the frame it just gave up (the allocator hands out the most recently freed frame first). A read that
/// re-validates its look by frame numbers is fooled by a DECOMMIT then a WRITE between its look and its lock
/// (the ABA), or by a write in place, which keeps the frame.
/// </summary>
[Hunts(SeededBug.ReadValidatesLookByFrame)]
[ChecksSpec("LIVE-01", "REF-01")]
public sealed class ReadVersusRecommitHarness : KernelHarness<ReadVersusRecommitHarness.Fixture>
{
    public override string Name => "ReadVersusRecommit";

    public override string Description => "reads of a page that other threads decommit and write again on the same frame";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 2;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller) =>
        new(await Workload.CreateWrittenAsync(caller, 1, 0, 0x10));

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client) =>
        await caller.CallAsync(client switch
        {
            0 => new VmoRead(fixture.Vmo, 0, Workload.Page),
            1 => new VmoOpRange(fixture.Vmo, VmoOp.Decommit, 0, Workload.Page),
            _ => new VmoWrite(fixture.Vmo, 0, Workload.Fill((byte)(0x20 + caller.Choose(16)), Workload.Page)),
        });

    /// <summary>The one-page VMO.</summary>
    public sealed record Fixture(uint Vmo);
}
