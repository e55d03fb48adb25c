using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>INV-RECLAIM-03: a VMO with pinned pages is never discarded.</summary>
public sealed class PinnedVmoNeverReclaimedMonitor : KernelMonitor
{
    public const string SpecId = "INV-RECLAIM-03";

    protected override void Check(CallLinearizedNotification n)
    {
        foreach (var discard in n.Discards)
        {
            var seen = Before.Vmo(discard.Koid)?.Pins.Count(p => p.Value > 0) ?? 0;
            Require(discard.PinnedPages == 0 && seen == 0,
                () => $"{SpecId}: VMO {discard.Koid} was discarded with {Math.Max(discard.PinnedPages, seen)} pinned page(s) by {CallText.Of(n)}");
        }
    }
}
