using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// zx_vmo_transfer_data into a VMO while another user thread creates snapshot children of that
/// destination and reads them, and a third writes the destination. A snapshot child keeps what its
/// parent held when it was created (INV-XFER-03), whatever is transferred into the parent afterwards.
/// </summary>
[Hunts(SeededBug.SnapshotChildSeesTransferredPages)]
[ChecksSpec("LIVE-01", "INV-XFER-03")]
public sealed class TransferVersusSnapshotChildHarness : KernelHarness<TransferVersusSnapshotChildHarness.Fixture>
{
    private const ulong Pages = 2;
    private const ulong Size = Pages * Workload.Page;

    public override string Name => "TransferVersusSnapshotChild";

    public override string Description => "transfer_data into a VMO against snapshot-child creation and reads on the destination";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 3;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var source = await Workload.CreateWrittenAsync(caller, Pages, 0, 0x53);
        var destination = await Workload.CreateWrittenAsync(caller, Pages, 0, 0x44);
        return new Fixture(source, destination, []);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        var page = (ulong)caller.Choose((int)Pages) * Workload.Page;
        switch (client)
        {
            case 0:
                await caller.CallAsync(new VmoTransferData(fixture.Destination, 0, page, Workload.Page, fixture.Source, page));
                break;
            case 1 when fixture.Children.Count == 0 || caller.Choose(2) == 0:
                var child = await caller.CallAsync(new VmoCreateChild(fixture.Destination, ChildOptions.Snapshot, 0, Size));
                if (child.Value is IntValue handle)
                {
                    fixture.Children.Add((uint)handle.Number);
                }

                break;
            case 1:
                await caller.CallAsync(new VmoRead(caller.ChooseOne(fixture.Children), page, Workload.Page));
                break;
            default:
                await caller.CallAsync(caller.Choose(2) == 0
                    ? new VmoWrite(fixture.Destination, page, Workload.Fill(0x57, Workload.Page))
                    : new VmoWrite(fixture.Source, page, Workload.Fill(0x58, Workload.Page)));
                break;
        }
    }

    /// <summary>Source and destination handles, and the snapshot children client 1 has made so far (only client 1 touches the list).</summary>
    public sealed record Fixture(uint Source, uint Destination, List<uint> Children);
}
