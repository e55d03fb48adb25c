using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-LOCKLESS-04: DONT_NEED on a discardable VMO discards it at once when it is unlocked (and
/// unpinned, INV-RECLAIM-03): right after the call the VMO holds no committed page.
/// </summary>
public sealed class DontNeedDiscardsAtOnceMonitor : KernelMonitor
{
    public const string SpecId = "INV-LOCKLESS-04";

    protected override void Check(CallLinearizedNotification n)
    {
        if (n.Call is not VmoOpRange { Op: VmoOp.DontNeed } || !n.Result.Succeeded || ObservedKernel.TouchedVmo(n) is not { } koid)
        {
            return;
        }

        var vmo = n.Vmos[0];
        var discardable = Before.IsLockless(koid) || Before.IsRegularDiscardable(koid);
        if (discardable && vmo.LockCount == 0 && !vmo.Pins.Any(p => p.Value > 0))
        {
            Require(vmo.Frames.IsEmpty, () => $"{SpecId}: DONT_NEED on unlocked VMO {koid} left {vmo.Frames.Count} page(s) committed: {CallText.Of(n)}");
        }
    }
}
