using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses.Deep;

/// <summary>
/// ZX_VMO_OP_DONT_NEED of a discardable VMO that starts locked, while another thread unlocks and locks it again
/// in turn. DONT_NEED may discard only while the VMO is unlocked, so a check-then-act slip needs the UNLOCK
/// before its look (the third call that opens the window) and the next LOCK between its look and its hold.
/// </summary>
[Hunts(SeededBug.DontNeedJudgesLockFromLook)]
[ChecksSpec("LIVE-01", "INV-DISC-01")]
public sealed class DontNeedVersusRelockHarness : KernelHarness<DontNeedVersusRelockHarness.Fixture>
{
    private const ulong Size = 2 * Workload.Page;

    public override string Name => "DontNeedVersusRelock";

    public override string Description => "DONT_NEED of a locked discardable VMO against a thread that unlocks and locks it in turn";

    protected override int Clients => 2;

    protected override int OperationsPerClient => 4;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var vmo = await Workload.CreateWrittenAsync(caller, 2, VmoOptions.Discardable, 0x50);
        await caller.MustAsync(new VmoOpRange(vmo, VmoOp.Lock, 0, Size));
        return new Fixture(vmo, [0]);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        if (client == 0)
        {
            await caller.CallAsync(new VmoOpRange(fixture.Vmo, VmoOp.DontNeed, 0, Size));
            return;
        }

        // Unlock, lock, unlock, lock: the count only ever moves between 1 and 0.
        var step = fixture.LockerSteps[0]++;
        await caller.CallAsync(new VmoOpRange(fixture.Vmo, step % 2 == 0 ? VmoOp.Unlock : VmoOp.Lock, 0, Size));
    }

    /// <summary>The discardable VMO and how many operations the locking thread has made.</summary>
    public sealed record Fixture(uint Vmo, int[] LockerSteps);
}
