using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-LOCKLESS-02: a lockless VMO is reclaimable from creation while its lock count is 0, and stays on
/// its list after a discard. So every reclaim at WARNING or worse discards each lockless VMO that is
/// unlocked, unpinned and holds a committed page (D-12), unless it carries an ALWAYS_NEED hint and the
/// level is below ALMOST_OOM, however many times it was discarded before.
/// </summary>
public sealed class LocklessVmoStaysReclaimableMonitor : KernelMonitor
{
    public const string SpecId = "INV-LOCKLESS-02";

    protected override void Check(CallLinearizedNotification n)
    {
        if (n.Call is not Reclaim { Level: >= PressureLevel.Warning } reclaim || !n.Result.Succeeded)
        {
            return;
        }

        foreach (var vmo in Before.Vmos.Values.Where(v => Before.IsLockless(v.Koid) && !v.Destroyed))
        {
            var eligible = vmo.LockCount == 0 && vmo.Frames.Count > 0 && !vmo.Pins.Any(p => p.Value > 0)
                && (!Before.IsHinted(vmo.Koid) || reclaim.Level >= PressureLevel.AlmostOom);
            if (eligible)
            {
                Require(n.Discards.Any(d => d.Koid == vmo.Koid),
                    () => $"{SpecId}: lockless VMO {vmo.Koid} (unlocked, {vmo.Frames.Count} page(s) committed) was not discarded by {CallText.Of(n.Call)}");
            }
        }
    }
}
