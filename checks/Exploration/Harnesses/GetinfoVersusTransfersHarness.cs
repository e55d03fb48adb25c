using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// process_getinfo of the calling process (every fact, mappings included) while one user thread
/// transfers pages between two mapped VMOs (into uncommitted pages, so a torn read counts a page twice)
/// and another maps and unmaps a third VMO. Every getinfo must equal the state at one instant (INV-INFO-05).
/// </summary>
[Hunts(SeededBug.GetinfoReadsProcessesOneAtATime)]
[ChecksSpec("LIVE-01", "INV-INFO-05")]
public sealed class GetinfoVersusTransfersHarness : KernelHarness<GetinfoVersusTransfersHarness.Fixture>
{
    private const ulong Pages = 3;
    private const ulong Size = Pages * Workload.Page;

    public override string Name => "GetinfoVersusTransfers";

    public override string Description => "process_getinfo against concurrent transfers, maps and unmaps";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 3;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var vmar = (uint)caller.Bindings["root_vmar"];
        var source = await Workload.CreateWrittenAsync(caller, Pages, 0, 0x53);

        // Only the destination's first page is committed: transfers into the others commit them.
        var destination = await caller.MustAsync(new VmoCreate(Size, 0));
        await caller.MustAsync(new VmoWrite(destination, 0, Workload.Fill(0x44, Workload.Page)));
        var spare = await Workload.CreateWrittenAsync(caller, 1, 0, 0x4d);
        foreach (var vmo in new[] { source, destination })
        {
            await caller.MustAsync(new VmarMap(vmar, VmOptions.PermRead | VmOptions.PermWrite, 0, vmo, 0, Size));
        }

        return new Fixture(vmar, source, destination, spare, []);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        switch (client)
        {
            case 0:
                var page = (ulong)caller.Choose((int)Pages) * Workload.Page;
                await caller.CallAsync(caller.Choose(3) == 0
                    ? new VmoTransferData(fixture.Source, 0, page, Workload.Page, fixture.Destination, page)
                    : new VmoTransferData(fixture.Destination, 0, page, Workload.Page, fixture.Source, page));
                break;
            case 1:
                await caller.CallAsync(new ProcessGetinfo([caller.Process], 0, ProcessInfoOptions.KnownMask, 4096));
                break;
            default:
                await MapOrUnmapSpareAsync(caller, fixture);
                break;
        }
    }

    private static async Task MapOrUnmapSpareAsync(KernelCaller caller, Fixture fixture)
    {
        if (fixture.SpareMappings.Count > 0 && caller.Choose(2) == 0)
        {
            await caller.CallAsync(new VmarUnmap(fixture.Vmar, fixture.SpareMappings[^1], Workload.Page));
            fixture.SpareMappings.RemoveAt(fixture.SpareMappings.Count - 1);
            return;
        }

        var map = await caller.CallAsync(new VmarMap(fixture.Vmar, VmOptions.PermRead, 0, fixture.Spare, 0, Workload.Page));
        if (map.Value is IntValue address)
        {
            fixture.SpareMappings.Add(address.Number);
        }
    }

    /// <summary>The root VMAR, the two mapped VMOs, the spare VMO and its live mappings (only thread 2 touches the list).</summary>
    public sealed record Fixture(uint Vmar, uint Source, uint Destination, uint Spare, List<ulong> SpareMappings);
}
