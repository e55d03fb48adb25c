using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// LOCK / TRY_LOCK / UNLOCK, reads, writes and short pins of a regular and a lockless discardable VMO by two user
/// threads, while a third runs the reclaimer at every pressure level. Hunts discards of locked or pinned
/// VMOs, racing unlocks and access to discarded VMOs (the bugs and IDs are its attributes).
/// </summary>
[Hunts(SeededBug.DiscardIgnoresConcurrentLock)]
[Hunts(SeededBug.UnlockDoubleDecrement)]
[Hunts(SeededBug.DiscardedReadSucceeds)]
[Hunts(SeededBug.ReclaimIgnoresPins)]
[ChecksSpec("LIVE-01", "INV-DISC-01", "INV-DISC-07", "INV-DISC-04", "INV-RECLAIM-03")]
public sealed class LockVersusReclaimHarness : KernelHarness<LockVersusReclaimHarness.Fixture>
{
    private const ulong Pages = 2;

    public override string Name => "LockVersusReclaim";

    public override string Description => "lock/try-lock/unlock, reads, writes and pins of discardable VMOs against reclaim at every level";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 4;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var regular = await Workload.CreateWrittenAsync(caller, Pages, VmoOptions.Discardable, 0x11);

        // A regular discardable VMO becomes reclaimable at its first unlock (D-4): start every race from there.
        await caller.MustAsync(new VmoOpRange(regular, VmoOp.Lock, 0, Pages * Workload.Page));
        await caller.MustAsync(new VmoOpRange(regular, VmoOp.Unlock, 0, Pages * Workload.Page));

        // A lockless one is reclaimable from creation while it holds pages (D-12).
        var lockless = await Workload.CreateWrittenAsync(caller, Pages, VmoOptions.DiscardableLockless, 0x22);
        return new Fixture([regular, lockless]);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        if (client == Clients - 1)
        {
            await caller.CallAsync(new Reclaim(caller.ChooseOne(Workload.Levels)));
            return;
        }

        var vmo = caller.ChooseOne(fixture.Vmos);
        const ulong size = Pages * Workload.Page;
        switch (caller.Choose(6))
        {
            case 0:
                await caller.CallAsync(new VmoOpRange(vmo, VmoOp.Lock, 0, size));
                break;
            case 1:
                await caller.CallAsync(new VmoOpRange(vmo, VmoOp.TryLock, 0, size));
                break;
            case 2:
                await caller.CallAsync(new VmoOpRange(vmo, VmoOp.Unlock, 0, size));
                break;
            case 3:
                await caller.CallAsync(new VmoRead(vmo, 0, Workload.Page));
                break;
            case 4:
                await caller.CallAsync(new VmoWrite(vmo, Workload.Page, Workload.Fill((byte)(0x30 + client), Workload.Page)));
                break;
            default:
                await Workload.PinWhileAsync(caller, vmo, 0, new VmoRead(vmo, Workload.Page, Workload.Page));
                break;
        }
    }

    /// <summary>The regular and the lockless discardable VMO's handles.</summary>
    public sealed record Fixture(IReadOnlyList<uint> Vmos);
}
