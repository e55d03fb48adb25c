using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-LINUX-02: no droppable area is ever VM_LOCKED, whatever mlock, mlockall or MAP_LOCKED did, and
/// what proc_status reports as VmLck is the size of the process's locked areas that are not droppable
/// (so a VmLck that counts droppable memory is caught even when no flag is wrong).
/// </summary>
public sealed class DroppableNeverLockedMonitor : KernelMonitor
{
    public const string SpecId = "INV-LINUX-02";

    protected override void CheckAfter(CallLinearizedNotification n)
    {
        if (n.Linux is not { } linux)
        {
            return;
        }

        Require(!linux.DroppableLocked, () => $"{SpecId}: a droppable area is VM_LOCKED after {CallText.Of(n)}");
        if (ProcStatusReport.TryRead(n, "VmLck", out var reported, out var mm))
        {
            Require(reported == mm.VmLckBytes,
                () => $"{SpecId}: proc_status reported VmLck {reported} but the locked areas that are not droppable add up to {mm.VmLckBytes} bytes, by {CallText.Of(n)}");
        }
    }
}
