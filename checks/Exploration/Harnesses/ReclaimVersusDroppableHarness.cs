using VmoKernel.Abi;
using VmoKernel.Kernel;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// The Linux address space against the reclaimer: two threads store to and load from a droppable area,
/// a MADV_FREE area and a volatile page, flip the page's volatility, lock and unlock, and read smaps and
/// proc_status, while a third runs the reclaimer at every pressure level (L-3). Every answer is held to
/// the model's by the refinement monitor (REF-01), so a dirtied page thrown away, a purge reported as none
/// or a droppable area counted as locked is a divergence.
/// </summary>
[Hunts(SeededBug.MlockCountsDroppable)]
[Hunts(SeededBug.NonvolatileReadsPurgeBeforeLock)]
[Hunts(SeededBug.ReclaimTakesRedirtiedFreePage)]
[ChecksSpec("LIVE-01", "REF-01", "INV-LINUX-02", "INV-LINUX-10", "INV-LINUX-12")]
public sealed class ReclaimVersusDroppableHarness : KernelHarness<ReclaimVersusDroppableHarness.Fixture>
{
    private const ulong Pages = 2;

    public override string Name => "ReclaimVersusDroppable";

    public override string Description => "droppable, MADV_FREE and volatile stores/loads, volatility flips, mlock and proc_status against reclaim at every level";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 3;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var droppable = await MapWrittenAsync(caller, MapDroppable, 0xd0);
        var free = await MapWrittenAsync(caller, MapPrivate, 0xf0);
        await MustOkAsync(caller, new Madvise(free, Pages * Workload.Page, MadvFree));
        var volatileArea = await MapWrittenAsync(caller, MapPrivate, 0x70);
        await MustOkAsync(caller, new Madvise(volatileArea, Pages * Workload.Page, MadvVolatile));
        return new Fixture(droppable, free, volatileArea);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        if (client == Clients - 1)
        {
            await caller.CallAsync(new Reclaim(caller.ChooseOne(Workload.Levels)));
            return;
        }

        var area = caller.ChooseOne(fixture.Areas);
        var page = area + ((ulong)caller.Choose((int)Pages) * Workload.Page);
        switch (caller.Choose(7))
        {
            case 0:
                await caller.CallAsync(new MemWrite(page, Workload.Fill((byte)(0x30 + client), 8)));
                break;
            case 1:
                await caller.CallAsync(new MemRead(page, 8));
                break;
            case 2:
                await caller.CallAsync(new Madvise(fixture.Volatile, Pages * Workload.Page, MadvNonVolatile));
                break;
            case 3:
                await caller.CallAsync(new Madvise(fixture.Volatile, Pages * Workload.Page, MadvVolatile));
                break;
            case 4:
                await caller.CallAsync(caller.Choose(2) == 0 ? new Mlock(fixture.Droppable, Pages * Workload.Page) : new Mlockall(MclCurrent));
                break;
            case 5:
                await caller.CallAsync(new Munlockall());
                break;
            default:
                await caller.CallAsync(caller.Choose(2) == 0 ? new ProcStatus() : new Smaps(area));
                break;
        }
    }

    private static async Task<ulong> MapWrittenAsync(KernelCaller caller, uint type, byte fill)
    {
        var mapped = await caller.CallAsync(new Mmap(0, Pages * Workload.Page, ProtRead | ProtWrite, type | MapAnonymous));
        if (mapped.Value is not IntValue { Number: var address })
        {
            throw new HarnessSetUpException($"harness set-up: mmap answered {mapped}");
        }

        await MustOkAsync(caller, new MemWrite(address, Workload.Fill(fill, Pages * Workload.Page)));
        return address;
    }

    private static async Task MustOkAsync(KernelCaller caller, Syscall call)
    {
        var result = await caller.CallAsync(call);
        if (result.Status != Status.Ok)
        {
            throw new HarnessSetUpException($"harness set-up: {call} answered {result}");
        }
    }

    /// <summary>The droppable, the MADV_FREE and the volatile area's addresses (two pages each).</summary>
    public sealed record Fixture(ulong Droppable, ulong Free, ulong Volatile)
    {
        public IReadOnlyList<ulong> Areas => [Droppable, Free, Volatile];
    }
}
