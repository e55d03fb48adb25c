using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-DISC-04: read and write of a discarded, unlocked ZX_VMO_DISCARDABLE VMO fail with NOT_FOUND.
/// A read or write that succeeds on a VMO the monitor last saw discarded and unlocked is a violation.
/// </summary>
public sealed class DiscardedVmoRefusesAccessMonitor : KernelMonitor
{
    public const string SpecId = "INV-DISC-04";

    protected override void Check(CallLinearizedNotification n)
    {
        var handle = n.Call switch
        {
            VmoRead read => read.Vmo,
            VmoWrite write => write.Vmo,
            _ => (uint?)null,
        };
        if (handle is null || !n.Result.Succeeded || Before.ResolveVmo(n.Process, handle.Value) is not { } koid)
        {
            return;
        }

        if (Before.IsRegularDiscardable(koid) && Before.Vmo(koid) is { Discarded: true, LockCount: 0 })
        {
            Fail($"{SpecId}: {CallText.Of(n.Call)} on discarded, unlocked VMO {koid} returned {n.Result}, not ZX_ERR_NOT_FOUND");
        }
    }
}
