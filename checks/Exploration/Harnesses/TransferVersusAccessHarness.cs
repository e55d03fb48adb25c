using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// zx_vmo_transfer_data from one VMO into another (sometimes with a destination range that must fail)
/// while two user threads read, write, pin, unpin and decommit pages on both sides. Hunts pinned pages
/// moved, a failed transfer that changed its source, and frames freed twice or leaked (the bugs and IDs
/// are its attributes).
/// </summary>
[Hunts(SeededBug.TransferMovesPagePinnedMidOperation)]
[Hunts(SeededBug.TransferChecksPinsBeforeTakingDestination)]
[Hunts(SeededBug.FailedTransferZeroesSource)]
[Hunts(SeededBug.FrameFreedTwice)]
[Hunts(SeededBug.DecommitLeaksFrames)]
[ChecksSpec("LIVE-01", "INV-PIN-01", "INV-XFER-01", "INV-MEM-01", "INV-MEM-02")]
public sealed class TransferVersusAccessHarness : KernelHarness<TransferVersusAccessHarness.Fixture>
{
    private const ulong Pages = 3;
    private const ulong Size = Pages * Workload.Page;

    public override string Name => "TransferVersusAccess";

    public override string Description => "transfer_data against reads, writes, pins, unpins and decommits on both sides";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 3;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var source = await Workload.CreateWrittenAsync(caller, Pages, 0, 0x53);
        var destination = await Workload.CreateWrittenAsync(caller, Pages, 0, 0x44);
        return new Fixture(source, destination, [.. Enumerable.Range(0, Clients).Select(_ => new List<uint>())]);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        if (client == 0)
        {
            var page = (ulong)caller.Choose((int)Pages) * Workload.Page;
            var length = caller.Choose(2) == 0 ? Workload.Page : Size - page;

            // One transfer in four names a destination range past the end, which must fail and change nothing.
            var destinationOffset = caller.Choose(4) == 0 ? Size : page;
            await caller.CallAsync(new VmoTransferData(fixture.Destination, 0, destinationOffset, length, fixture.Source, page));
            return;
        }

        var vmo = caller.Choose(2) == 0 ? fixture.Source : fixture.Destination;
        var offset = (ulong)caller.Choose((int)Pages) * Workload.Page;
        switch (caller.Choose(5))
        {
            case 0:
                await caller.CallAsync(new VmoRead(vmo, offset, Workload.Page));
                break;
            case 1:
                await caller.CallAsync(new VmoWrite(vmo, offset, Workload.Fill((byte)(0x60 + client), Workload.Page)));
                break;
            case 2:
                await caller.CallAsync(new VmoOpRange(vmo, VmoOp.Decommit, offset, Workload.Page));
                break;
            case 3:
                // Pins stay until this thread unpins them, so transfers meet pages pinned for a long while.
                if (await Workload.PinAsync(caller, vmo, offset / Workload.Page) is { } pmt)
                {
                    fixture.Pins[client].Add(pmt);
                }

                break;
            default:
                if (fixture.Pins[client].Count > 0)
                {
                    await caller.CallAsync(new PmtUnpin(fixture.Pins[client][0]));
                    fixture.Pins[client].RemoveAt(0);
                }

                break;
        }
    }

    /// <summary>The transfer's source and destination handles, and the PMTs each thread holds (each thread touches only its own list).</summary>
    public sealed record Fixture(uint Source, uint Destination, IReadOnlyList<List<uint>> Pins);
}
