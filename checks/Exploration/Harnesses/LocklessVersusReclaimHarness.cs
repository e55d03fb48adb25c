using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// Lockless writes and reads of a ZX_VMO_DISCARDABLE_LOCKLESS VMO, DONT_NEED and ALWAYS_NEED hints (over
/// part or all of it, and on a regular discardable VMO), while a reclaimer thread runs every pressure
/// level. Hunts a lockless VMO dropped from its list, a DONT_NEED that does not discard and an ALWAYS_NEED
/// that does not protect the whole VMO (the bugs and IDs are its attributes).
/// </summary>
[Hunts(SeededBug.LocklessRemovedFromListAfterDiscard)]
[Hunts(SeededBug.DontNeedNotImmediate)]
[Hunts(SeededBug.AlwaysNeedRangeNotPromoted)]
[ChecksSpec("LIVE-01", "INV-LOCKLESS-02", "INV-LOCKLESS-04", "INV-LOCKLESS-03")]
public sealed class LocklessVersusReclaimHarness : KernelHarness<LocklessVersusReclaimHarness.Fixture>
{
    private const ulong Pages = 2;
    private const ulong Size = Pages * Workload.Page;

    public override string Name => "LocklessVersusReclaim";

    public override string Description => "lockless writes, DONT_NEED and ALWAYS_NEED against reclaim at every level";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 4;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var lockless = await Workload.CreateWrittenAsync(caller, Pages, VmoOptions.DiscardableLockless, 0x4c);
        var regular = await Workload.CreateWrittenAsync(caller, Pages, VmoOptions.Discardable, 0x52);
        return new Fixture(lockless, regular);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        switch (client)
        {
            case 0:
                await caller.CallAsync(caller.Choose(3) == 0
                    ? new VmoRead(fixture.Lockless, 0, Size)
                    : new VmoWrite(fixture.Lockless, (ulong)caller.Choose((int)Pages) * Workload.Page, Workload.Fill(0x57, Workload.Page)));
                break;
            case 1:
                var vmo = caller.Choose(4) == 0 ? fixture.Regular : fixture.Lockless;
                var op = caller.Choose(2) == 0 ? VmoOp.DontNeed : VmoOp.AlwaysNeed;
                var (offset, length) = caller.Choose(2) == 0 ? (0UL, Size) : ((ulong)caller.Choose((int)Pages) * Workload.Page, Workload.Page);
                await caller.CallAsync(new VmoOpRange(vmo, op, offset, length));
                break;
            default:
                await caller.CallAsync(new Reclaim(caller.ChooseOne(Workload.Levels)));
                break;
        }
    }

    /// <summary>The lockless VMO's and the regular discardable VMO's handles.</summary>
    public sealed record Fixture(uint Lockless, uint Regular);
}
