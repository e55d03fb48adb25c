using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-LOCKLESS-03: ALWAYS_NEED applies to the whole VMO, whatever range it names, and moves it to the
/// hinted list; so a reclaim below ALMOST_OOM never discards a VMO whose latest hint was ALWAYS_NEED.
/// </summary>
public sealed class AlwaysNeedHintsWholeVmoMonitor : KernelMonitor
{
    public const string SpecId = "INV-LOCKLESS-03";

    protected override void Check(CallLinearizedNotification n)
    {
        if (n.Call is not Reclaim { Level: < PressureLevel.AlmostOom })
        {
            return;
        }

        foreach (var discard in n.Discards.Where(d => Before.IsHinted(d.Koid)))
        {
            Fail($"{SpecId}: VMO {discard.Koid} carries an ALWAYS_NEED hint but {CallText.Of(n.Call)} discarded it");
        }
    }
}
