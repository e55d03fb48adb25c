using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-DISC-04: read and write of a non-zero length of a discarded, unlocked ZX_VMO_DISCARDABLE VMO fail with NOT_FOUND.
/// A read or write that succeeds on a VMO the monitor last saw discarded and unlocked is a violation.
/// </summary>
public sealed class DiscardedVmoRefusesAccessMonitor : KernelMonitor
{
    public const string SpecId = "INV-DISC-04";

    protected override void Check(CallLinearizedNotification n)
    {
        // Only a non-zero length is refused: a read or write of nothing succeeds once its range checks pass
        // (the Generated harness found the monitor flagging zx_vmo_read(vmo, size, 0), which rightly answered OK).
        var handle = n.Call switch
        {
            VmoRead { Length: > 0 } read => read.Vmo,
            VmoWrite { Data.Length: > 0 } write => write.Vmo,
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
