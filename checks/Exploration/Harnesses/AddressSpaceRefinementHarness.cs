using VmoKernel.Abi;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// Random Linux address-space calls by two threads over four pages: mmap of every type (hinted, fixed or
/// placed), munmap, mprotect, madvise with every advice, the mlock family, loads and stores across page
/// edges, reclaim at every level, a scarce frame budget, smaps and proc_status, with unaligned addresses
/// and lengths now and then. Every answer is held to the model's at its linearization point (REF-01),
/// so any place where the kernel's address space and the model's part shows up as a divergence.
/// </summary>
[ChecksSpec("LIVE-01", "REF-01")]
public sealed class AddressSpaceRefinementHarness : KernelHarness<int>
{
    public override string Name => "AddressSpaceRefinement";

    public override string Description => "random mmap/munmap/mprotect/madvise/mlock calls, loads and stores, reclaim and frame budgets, held to the model";

    protected override int Clients => 2;

    protected override int OperationsPerClient => 16;

    protected override Task<int> SetUpAsync(KernelCaller caller) => Task.FromResult(0);

    /// <summary>Every advice the model knows, and one it does not (5).</summary>
    private static readonly uint[] Advices = [0, 3, 4, 8, 10, 11, 16, 17, 18, 19, 20, 21, 200, 201, 5];
    private static readonly uint[] Types = [MapPrivate, MapShared, MapDroppable, MapPrivate | MapLocked, MapPrivate | MapFixed, MapShared | MapFixed, MapDroppable | MapFixed, MapPrivate | MapNoReserve];

    protected override async Task OperateAsync(KernelCaller caller, int fixture, int client)
    {
        const ulong Base = 0x40000000;
        ulong Addr() => Base + ((ulong)caller.Choose(4) * Workload.Page) + (caller.Choose(10) == 0 ? 1UL : 0UL);
        ulong Len() => ((ulong)caller.Choose(4) * Workload.Page) + (caller.Choose(6) == 0 ? 7UL : 0UL);
        switch (caller.Choose(12))
        {
            case 0:
            case 1:
                await caller.CallAsync(new Mmap(caller.Choose(3) == 0 ? 0 : Addr(), Len(), (uint)caller.Choose(8), caller.ChooseOne(Types) | MapAnonymous));
                break;
            case 2:
                await caller.CallAsync(new Munmap(Addr(), Len()));
                break;
            case 3:
                await caller.CallAsync(new Mprotect(Addr(), Len(), (uint)caller.Choose(8)));
                break;
            case 4:
            case 5:
                await caller.CallAsync(new Madvise(Addr(), Len(), caller.ChooseOne(Advices)));
                break;
            case 6:
                await caller.CallAsync(caller.Choose(2) == 0 ? new Mlock(Addr(), Len()) : new Munlock(Addr(), Len()));
                break;
            case 7:
                await caller.CallAsync(caller.Choose(3) switch { 0 => new Mlockall((uint)caller.Choose(8)), 1 => new Munlockall(), _ => new Reclaim(caller.ChooseOne(Workload.Levels)) });
                break;
            case 8:
            case 9:
                await caller.CallAsync(new MemWrite(Addr() + (ulong)caller.Choose(4000), Workload.Fill((byte)(1 + client), (ulong)caller.Choose(6000) + 1)));
                break;
            case 10:
                await caller.CallAsync(new MemRead(Addr() + (ulong)caller.Choose(4000), (ulong)caller.Choose(6000)));
                break;
            default:
                await caller.CallAsync(caller.Choose(3) switch { 0 => new ProcStatus(), 1 => new Smaps(Addr()), _ => new SetFreeFrames((ulong)caller.Choose(4) * 3) });
                break;
        }
    }
}
