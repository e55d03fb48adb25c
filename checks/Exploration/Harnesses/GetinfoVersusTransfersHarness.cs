using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// process_getinfo of the calling process and a second one (every fact, mappings included) while one user
/// thread transfers pages between two mapped VMOs (into uncommitted pages, so a torn read counts a page
/// twice; sometimes into a destination range that starts inside the VMO and runs past its end, which must
/// fail with nothing moved), another maps and unmaps a third, discardable VMO or reclaims it, and a fourth
/// loads and stores through its latest mapping. Every getinfo must equal the state at one instant
/// (INV-INFO-05); the loads and stores meet unmaps and discards (issue 16's partial outcomes).
/// </summary>
[Hunts(SeededBug.GetinfoReadsProcessesOneAtATime)]
[ChecksSpec("LIVE-01", "INV-INFO-05")]
public sealed class GetinfoVersusTransfersHarness : KernelHarness<GetinfoVersusTransfersHarness.Fixture>
{
    private const ulong Pages = 3;
    private const ulong Size = Pages * Workload.Page;

    public override string Name => "GetinfoVersusTransfers";

    public override string Description => "process_getinfo against concurrent transfers, maps and unmaps";

    protected override int Clients => 4;

    protected override int OperationsPerClient => 3;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var vmar = (uint)caller.Bindings["root_vmar"];
        var source = await Workload.CreateWrittenAsync(caller, Pages, 0, 0x53);

        // Only the destination's first page is committed: transfers into the others commit them.
        var destination = await caller.MustAsync(new VmoCreate(Size, 0));
        await caller.MustAsync(new VmoWrite(destination, 0, Workload.Fill(0x44, Workload.Page)));
        var spare = await Workload.CreateWrittenAsync(caller, 1, VmoOptions.Discardable, 0x4d);
        var mapped = new List<ulong>();
        foreach (var vmo in new[] { source, destination })
        {
            var map = await caller.CallAsync(new VmarMap(vmar, VmOptions.PermRead | VmOptions.PermWrite, 0, vmo, 0, Size));
            mapped.Add(map.Value is IntValue address ? address.Number : throw new HarnessSetUpException($"harness set-up map failed: {map}"));
        }

        var second = (ulong)await caller.MustAsync(new ProcessCreate());
        return new Fixture(vmar, source, destination, spare, mapped[0], second, []);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        switch (client)
        {
            case 0:
                var page = (ulong)caller.Choose((int)Pages) * Workload.Page;
                await caller.CallAsync(caller.Choose(4) switch
                {
                    0 => new VmoTransferData(fixture.Source, 0, page, Workload.Page, fixture.Destination, page),
                    // Starts at the destination's last page and runs one page past its end: OUT_OF_RANGE, nothing moved.
                    1 => new VmoTransferData(fixture.Destination, 0, Size - Workload.Page, 2 * Workload.Page, fixture.Source, 0),
                    _ => new VmoTransferData(fixture.Destination, 0, page, Workload.Page, fixture.Source, page),
                });
                break;
            case 1:
                await caller.CallAsync(new ProcessGetinfo([caller.Process, fixture.Second], 0, ProcessInfoOptions.KnownMask, 4096));
                break;
            case 2:
                if (caller.Choose(3) == 0)
                {
                    await caller.CallAsync(new Reclaim(PressureLevel.Critical));
                    break;
                }

                await MapOrUnmapSpareAsync(caller, fixture);
                break;
            default:
                // The latest spare mapping as thread 2 left it (perhaps unmapped by now), else the source's.
                var address = fixture.SpareMappings.Count > 0 ? fixture.SpareMappings[^1] : fixture.SourceAddress;
                await caller.CallAsync(caller.Choose(2) == 0
                    ? new MemRead(address, Workload.Page)
                    : new MemWrite(address, Workload.Fill(0x77, Workload.Page)));
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

        var map = await caller.CallAsync(new VmarMap(fixture.Vmar, VmOptions.PermRead | VmOptions.PermWrite | VmOptions.AllowFaults, 0, fixture.Spare, 0, Workload.Page));
        if (map.Value is IntValue address)
        {
            fixture.SpareMappings.Add(address.Number);
        }
    }

    /// <summary>
    /// The root VMAR, the two mapped VMOs, the spare VMO, where the source is mapped, the second process, and
    /// the spare's live mappings (thread 2 changes the list, thread 3 only reads it).
    /// </summary>
    public sealed record Fixture(uint Vmar, uint Source, uint Destination, uint Spare, ulong SourceAddress, ulong Second, List<ulong> SpareMappings);
}
