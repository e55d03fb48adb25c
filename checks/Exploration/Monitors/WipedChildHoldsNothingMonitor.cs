using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-LINUX-05: the child a fork creates holds no page in any VM_WIPEONFORK area (droppable areas are
/// wiped too), so it reads zero there whatever the parent wrote, and whatever the reclaimer was doing to
/// the parent's pages at the time.
/// </summary>
public sealed class WipedChildHoldsNothingMonitor : KernelMonitor
{
    public const string SpecId = "INV-LINUX-05";

    protected override void CheckAfter(CallLinearizedNotification n)
    {
        foreach (var child in n.Linux?.ForkChildren ?? [])
        {
            Require(!child.HoldsWipedEntry, () => $"{SpecId}: fork child {child.Pid} holds a page in a wipe-on-fork area after {CallText.Of(n)}");
        }
    }
}
