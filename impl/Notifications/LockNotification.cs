using MonitorEvent = Microsoft.Coyote.Specifications.Monitor.Event;

namespace VmoKernel.Kernel.Notifications;

/// <summary>What a lock holder did: began to wait for a lock, took it, or gave back everything it held.</summary>
public enum LockStep
{
    Waits,
    Holds,
    ReleasesAll,
}

/// <summary>
/// Sent to the lock monitors (<see cref="KernelOptions.LockMonitors"/>) at each step of a transaction's lock
/// protocol, so a monitor can keep the wait-for graph and name a cycle the moment it closes (LIVE-02), which a
/// scheduler's "deadlock" report cannot: it names the actors waiting, not the calls and locks between them.
/// </summary>
/// <param name="requestId">The call whose transaction this is (<see cref="CallStartedNotification.RequestId"/>); 0 for the reclaimer's own.</param>
/// <param name="step">What the holder did.</param>
/// <param name="target">The lock (class and koid, e.g. "Vmo 1032"); null for <see cref="LockStep.ReleasesAll"/>.</param>
public sealed class LockNotification(long requestId, LockStep step, string? target) : MonitorEvent
{
    public long RequestId { get; } = requestId;

    public LockStep Step { get; } = step;

    public string? Target { get; } = target;

    public override string ToString() => $"request {RequestId} {Step} {Target}";
}
