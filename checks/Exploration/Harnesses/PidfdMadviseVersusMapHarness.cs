using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Kernel;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// Linux's process_madvise from p0 over a pidfd of its fork child, with vectors of MADV_COLD, PAGEOUT or
/// WILLNEED elements over three pages of the child, while one thread of the child unmaps those pages or
/// maps private or droppable memory over them (MAP_FIXED) and another stores and loads there. Each
/// element must be resolved against the child's areas as they are when it is applied: an element over a
/// hole ends the call with ENOMEM (or the bytes of the elements before it), PAGEOUT drops droppable pages
/// and never private ones (REF-01).
/// </summary>
[Hunts(SeededBug.PidfdMadviseResolvesBeforeLock)]
[ChecksSpec("LIVE-01", "REF-01", "INV-LINUX-15")]
public sealed class PidfdMadviseVersusMapHarness : KernelHarness<PidfdMadviseVersusMapHarness.Fixture>
{
    private const ulong Page = Workload.Page;
    private const ulong Pages = 3;
    private const uint ReadWrite = ProtRead | ProtWrite;

    private static readonly uint[] Advice = [MadvCold, MadvPageOut, MadvWillNeed];

    public override string Name => "PidfdMadviseVersusMap";

    public override string Description => "process_madvise over a pidfd against munmap and mmap in the target";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 3;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var child = await LinuxSetUp.MustAsync(caller, caller.Process, new Fork());
        var pidfd = (uint)await LinuxSetUp.MustAsync(caller, caller.Process, new PidfdOpen((uint)child, 0));
        var start = await LinuxSetUp.MustAsync(caller, child, new Mmap(0, Pages * Page, ReadWrite, MapPrivate | MapAnonymous));
        await LinuxSetUp.MustAsync(caller, child, new MemWrite(start, Workload.Fill(0x70, Pages * Page)));
        return new Fixture(child, pidfd, start);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        var page = fixture.Start + ((ulong)caller.Choose((int)Pages) * Page);
        switch (client)
        {
            case 0:
                var second = fixture.Start + ((ulong)caller.Choose((int)Pages) * Page);
                ImmutableArray<(ulong, ulong)> vector = caller.Choose(2) == 0 ? [(page, Page)] : [(page, Page), (second, Page)];
                await caller.CallAsync(new PidfdMadvise(fixture.Pidfd, vector, caller.ChooseOne(Advice), 0));
                break;
            case 1:
                await caller.CallAsAsync(fixture.Child, caller.Choose(3) switch
                {
                    0 => new Munmap(page, Page),
                    1 => new Mmap(page, Page, ReadWrite, MapPrivate | MapAnonymous | MapFixed),
                    _ => new Mmap(page, Page, ReadWrite, MapDroppable | MapAnonymous | MapFixed),
                });
                break;
            default:
                await caller.CallAsAsync(fixture.Child, caller.Choose(2) == 0
                    ? new MemWrite(page, Workload.Fill((byte)(0x20 + caller.Choose(16)), 8))
                    : new MemRead(page, 8));
                break;
        }
    }

    /// <summary>The child's pid, p0's pidfd for it, and the child's three pages.</summary>
    public sealed record Fixture(ulong Child, uint Pidfd, ulong Start);
}
