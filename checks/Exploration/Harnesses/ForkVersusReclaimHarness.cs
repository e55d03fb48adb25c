using VmoKernel.Abi;
using VmoKernel.Kernel;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// fork in p0 while the reclaimer drops its droppable pages and another thread of p0 stores into its
/// private and droppable memory; each child then reads what it inherited. The child must see the
/// parent's memory exactly as it was at one instant (L-16): every store before the fork and none after
/// it, and its droppable memory empty whatever the reclaimer did (REF-01).
/// <para>
/// No volatile memory here: a purge between a stale look and the fork would leave the child holding a
/// freed frame, which the frame monitors may report before the child reads, so the seeded bug would be
/// caught under another ID depending on the monitors' order; the stores the child misses are enough.
/// </para>
/// </summary>
[Hunts(SeededBug.ForkCopiesFromStaleLook)]
[ChecksSpec("LIVE-01", "REF-01", "INV-LINUX-16")]
public sealed class ForkVersusReclaimHarness : KernelHarness<ForkVersusReclaimHarness.Fixture>
{
    private const ulong Page = Workload.Page;
    private const uint ReadWrite = ProtRead | ProtWrite;

    public override string Name => "ForkVersusReclaim";

    public override string Description => "fork against reclaim's drops and purges and stores by another thread, then the child reads";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 2;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        // Two private pages, the first written and the second untouched (a store to it takes a new frame).
        var priv = await LinuxSetUp.MustAsync(caller, caller.Process, new Mmap(0, 2 * Page, ReadWrite, MapPrivate | MapAnonymous));
        await LinuxSetUp.MustAsync(caller, caller.Process, new MemWrite(priv, Workload.Fill(0x50, Page)));

        // A droppable page the reclaimer drops above NORMAL.
        var droppable = await LinuxSetUp.MustAsync(caller, caller.Process, new Mmap(0, Page, ReadWrite, MapDroppable | MapAnonymous));
        await LinuxSetUp.MustAsync(caller, caller.Process, new MemWrite(droppable, Workload.Fill(0x44, Page)));
        return new Fixture(priv, droppable);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        switch (client)
        {
            case 0:
                var forked = await caller.CallAsync(new Fork());
                if (forked.Value is IntValue { Number: var child })
                {
                    await caller.CallAsAsync(child, new MemRead(fixture.Private, 2 * Page));
                    await caller.CallAsAsync(child, new MemRead(fixture.Droppable, Page));
                }

                break;
            case 1:
                await caller.CallAsync(new Reclaim(caller.ChooseOne(Workload.Levels)));
                break;
            default:
                var target = caller.ChooseOne([fixture.Private, fixture.Private + Page, fixture.Droppable]);
                await caller.CallAsync(new MemWrite(target, Workload.Fill((byte)(0x60 + caller.Choose(16)), 8)));
                break;
        }
    }

    /// <summary>p0's private (two pages) and droppable areas.</summary>
    public sealed record Fixture(ulong Private, ulong Droppable);
}
