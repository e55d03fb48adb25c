using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// process_madvise with the vm_seq the caller last learnt, while another user thread maps and unmaps in
/// the same process (each success moves vm_seq) and a third reads and writes the advised VMO. A madvise
/// whose vm_seq is no longer current must fail with ESTALE and change nothing (INV-INFO-10).
/// </summary>
[Hunts(SeededBug.StaleVmSeqNotChecked)]
[ChecksSpec("LIVE-01", "INV-INFO-10")]
public sealed class MadviseVersusMapHarness : KernelHarness<MadviseVersusMapHarness.Fixture>
{
    private const ulong Pages = 2;
    private const ulong Size = Pages * Workload.Page;

    public override string Name => "MadviseVersusMap";

    public override string Description => "process_madvise with vm_seq against concurrent map and unmap";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 3;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var vmar = (uint)caller.Bindings["root_vmar"];
        var advised = await Workload.CreateWrittenAsync(caller, Pages, 0, 0x41);
        var address = await caller.CallAsync(new VmarMap(vmar, VmOptions.PermRead | VmOptions.PermWrite, 0, advised, 0, Size));
        var spare = await Workload.CreateWrittenAsync(caller, 1, 0, 0x4d);
        return new Fixture(vmar, advised, ((IntValue)address.Value).Number, spare, [], new VmSeqSeen(1));
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        switch (client)
        {
            case 0:
                var advice = caller.Choose(3) switch
                {
                    0 => ProcessInfoOptions.MadvDontNeed,
                    1 => ProcessInfoOptions.MadvCold,
                    _ => ProcessInfoOptions.MadvWillNeed,
                };
                var page = (ulong)caller.Choose((int)Pages) * Workload.Page;
                await caller.CallAsync(new ProcessMadvise(caller.Process, [(fixture.Address + page, Workload.Page)], advice, 0, fixture.Seen.VmSeq));
                break;
            case 1:
                await MapOrUnmapSpareAsync(caller, fixture);
                break;
            default:
                await caller.CallAsync(caller.Choose(2) == 0
                    ? new VmoRead(fixture.Advised, 0, Size)
                    : new VmoWrite(fixture.Advised, Workload.Page, Workload.Fill(0x57, Workload.Page)));
                break;
        }
    }

    private static async Task MapOrUnmapSpareAsync(KernelCaller caller, Fixture fixture)
    {
        SyscallResult result;
        if (fixture.SpareMappings.Count > 0 && caller.Choose(2) == 0)
        {
            result = await caller.CallAsync(new VmarUnmap(fixture.Vmar, fixture.SpareMappings[^1], Workload.Page));
            fixture.SpareMappings.RemoveAt(fixture.SpareMappings.Count - 1);
        }
        else
        {
            result = await caller.CallAsync(new VmarMap(fixture.Vmar, VmOptions.PermRead, 0, fixture.Spare, 0, Workload.Page));
            if (result.Value is IntValue address)
            {
                fixture.SpareMappings.Add(address.Number);
            }
        }

        // What the madvising thread will believe, learnt only once the answer is back (as after a getinfo).
        if (result.Succeeded)
        {
            fixture.Seen.VmSeq++;
        }
    }

    /// <summary>The vm_seq the madvising thread believes current.</summary>
    public sealed class VmSeqSeen(ulong vmSeq)
    {
        public ulong VmSeq { get; set; } = vmSeq;
    }

    /// <summary>The root VMAR, the advised VMO and its address, the spare VMO and its mappings, and the vm_seq last learnt.</summary>
    public sealed record Fixture(uint Vmar, uint Advised, ulong Address, uint Spare, List<ulong> SpareMappings, VmSeqSeen Seen);
}
