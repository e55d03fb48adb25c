using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-DISC-07: locks nest, and UNLOCK at lock count 0 returns BAD_STATE. So an UNLOCK succeeds exactly
/// when the VMO was last seen locked (it never takes a count below zero, and never refuses a held lock).
/// </summary>
public sealed class LocksNestMonitor : KernelMonitor
{
    public const string SpecId = "INV-DISC-07";

    protected override void Check(CallLinearizedNotification n)
    {
        if (n.Call is VmoOpRange { Op: VmoOp.Unlock } unlock && Before.ResolveVmo(n.Process, unlock.Vmo) is { } koid
            && Before.Vmo(koid) is { } vmo)
        {
            Require(!n.Result.Succeeded || vmo.LockCount > 0,
                () => $"{SpecId}: UNLOCK of VMO {koid} succeeded at lock count {vmo.LockCount}: {CallText.Of(n)}");
            Require(n.Result.Status != Status.ZxErrBadState || vmo.LockCount == 0,
                () => $"{SpecId}: UNLOCK of VMO {koid} at lock count {vmo.LockCount} returned BAD_STATE: {CallText.Of(n)}");
        }

        foreach (var facts in n.Vmos)
        {
            Require(facts.LockCount >= 0, () => $"{SpecId}: VMO {facts.Koid} lock count went to {facts.LockCount} after {CallText.Of(n)}");
        }
    }
}
