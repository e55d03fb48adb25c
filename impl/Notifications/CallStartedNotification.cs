using VmoKernel.Abi;
using MonitorEvent = Microsoft.Coyote.Specifications.Monitor.Event;

namespace VmoKernel.Kernel.Notifications;

/// <summary>Sent when the kernel accepts a call (before any lock); a liveness monitor pairs it with the call's answer (LIVE-01).</summary>
public sealed class CallStartedNotification(long requestId, ulong process, Syscall call) : MonitorEvent
{
    public long RequestId { get; } = requestId;

    public ulong Process { get; } = process;

    public Syscall Call { get; } = call;
}
