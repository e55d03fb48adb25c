using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-DISC-01: a VMO whose lock count is above zero is never discarded. Every discard must find the
/// VMO unlocked, both by the kernel's own count at the discard and by the count the monitor last saw.
/// </summary>
public sealed class LockedVmoNeverDiscardedMonitor : KernelMonitor
{
    public const string SpecId = "INV-DISC-01";

    protected override void Check(CallLinearizedNotification n)
    {
        foreach (var discard in n.Discards)
        {
            var seen = Before.Vmo(discard.Koid)?.LockCount ?? 0;
            Require(discard.LockCountAtDiscard == 0 && seen == 0,
                () => $"{SpecId}: VMO {discard.Koid} was discarded with lock count {discard.LockCountAtDiscard} (last linearized lock count {seen}) by {CallText.Of(n)}");
        }
    }
}
