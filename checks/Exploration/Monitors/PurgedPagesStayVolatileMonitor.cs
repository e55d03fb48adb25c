using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-LINUX-03: a purge marker lies only in a volatile area. While the area is volatile a touch of the
/// marker is SIGBUS (or blocks on the handler); MADV_NONVOLATILE clears the markers, so a marker left
/// outside a volatile area is a purged page the next access would read back as if it held data.
/// </summary>
public sealed class PurgedPagesStayVolatileMonitor : KernelMonitor
{
    public const string SpecId = "INV-LINUX-03";

    protected override void CheckAfter(CallLinearizedNotification n)
    {
        foreach (var marker in n.Linux?.StrayPurgeMarkers ?? [])
        {
            Fail($"{SpecId}: process {marker.Pid} has a purge marker at 0x{marker.Address:x} outside any volatile area after {CallText.Of(n)}");
        }
    }
}
