using VmoKernel.Abi;
using MonitorEvent = Microsoft.Coyote.Specifications.Monitor.Event;

namespace VmoKernel.Kernel.Notifications;

/// <summary>Sent when the kernel answers a call; pairs with <see cref="CallStartedNotification"/> by <c>RequestId</c>.</summary>
public sealed class CallAnsweredNotification(long requestId, SyscallResult result) : MonitorEvent
{
    public long RequestId { get; } = requestId;

    public SyscallResult Result { get; } = result;
}
