using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Kernel.Notifications;
using static VmoKernel.Tests.Kernel.Monitors.MonitorRun;
using MonitorEvent = Microsoft.Coyote.Specifications.Monitor.Event;

namespace VmoKernel.Tests.Kernel.Monitors;

/// <summary>
/// LIVE-02 from the wait-for graph: transfers that each wait for a lock another holds, in a cycle, fail at once with
/// LIVE-02, in any harness (the Generated harness's opposite transfers were reported as a bare deadlock, LIVE-01).
/// Every sequence here ends with the calls answered, so a monitor without the rule would go cold and stay quiet.
/// </summary>
public sealed class TransferLockCycleTests
{
    private static readonly VmoTransferData Transfer = new(KernelLayout.HandleValue(1), 0, 0, KernelLayout.PageSize, KernelLayout.HandleValue(2), 0);

    private static CallStartedNotification Started(long request, Syscall call) => new CallStartedNotification(request, KernelLayout.FirstKoid, call);

    private static CallAnsweredNotification Answered(long request) => new CallAnsweredNotification(request, SyscallResult.Ok());

    private static LockNotification Lock(long request, LockStep step, string? target = null) => new LockNotification(request, step, target);

    /// <summary>Requests 1 and 2 each hold one VMO and wait for the other's, then (in a test) are answered.</summary>
    private static MonitorEvent[] Crossed(Syscall second) =>
    [
        Started(1, Transfer), Started(2, second),
        Lock(1, LockStep.Holds, "Vmo 10"), Lock(2, LockStep.Holds, "Vmo 11"),
        Lock(1, LockStep.Waits, "Vmo 11"), Lock(2, LockStep.Waits, "Vmo 10"),
        Answered(1), Answered(2),
    ];

    [Fact]
    [Trait("must-fail-twin", "LIVE-02")]
    public void TwoTransfersWaitingForEachOthersVmoBreakLive02() =>
        Assert.Equal(TransfersNeverDeadlockMonitor.SpecId, FirstFailure<TransfersNeverDeadlockMonitor>(Crossed(Transfer)));

    [Fact]
    [Trait("spec", "LIVE-02")]
    public void ACycleThroughACallThatIsNoTransferIsNotLive02() =>
        Assert.Null(FirstFailure<TransfersNeverDeadlockMonitor>(Crossed(new VmoRead(KernelLayout.HandleValue(1), 0, 1))));

    [Fact]
    [Trait("spec", "LIVE-02")]
    public void TransfersWaitingInOneDirectionAreQuiet() =>
        Assert.Null(FirstFailure<TransfersNeverDeadlockMonitor>(
            Started(1, Transfer), Started(2, Transfer),
            Lock(1, LockStep.Holds, "Vmo 10"), Lock(2, LockStep.Waits, "Vmo 10"), Lock(1, LockStep.Holds, "Vmo 11"),
            Lock(1, LockStep.ReleasesAll), Lock(2, LockStep.Holds, "Vmo 10"), Lock(2, LockStep.Waits, "Vmo 11"), Lock(2, LockStep.Holds, "Vmo 11"),
            Answered(1), Answered(2)));
}
