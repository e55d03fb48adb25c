using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// LIVE-02: transfers in opposite directions never deadlock: every zx_vmo_transfer_data is eventually answered.
/// It is also a lock monitor (<see cref="MonitorCatalog.Locks"/>): when a wait closes a cycle of transfers each
/// waiting for a lock the next one holds, it fails at once with LIVE-02, so that deadlock is named for what it is
/// in any harness, not as whatever a harness calls a deadlock (LIVE-01 in most).
/// </summary>
public sealed class TransfersNeverDeadlockMonitor : OutstandingCallsMonitor
{
    public const string SpecId = "LIVE-02";

    private readonly LockWaitGraph _graph = new();

    protected override bool Watches(Syscall call) => call is VmoTransferData;

    protected override void OnLockStep(LockNotification n)
    {
        if (_graph.Apply(n) is { } cycle && cycle.All(IsOutstanding))
        {
            var waits = string.Join(", ", cycle.Select(r => $"transfer {r} waits for {_graph.Waits(r)}"));
            Assert(false, "{0}", $"{SpecId}: transfers wait for each other's locks in a cycle: {waits}");
        }
    }
}
