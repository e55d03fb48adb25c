using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Coverage;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Tests.Kernel.Coverage;

/// <summary>The log observer takes each kernel notification once, though the kernel hands it to every monitor in turn.</summary>
public sealed class ConcurrencyLogTests
{
    [Fact]
    public void ANotificationSeenByEveryMonitorCountsOnce()
    {
        var coverage = new ConcurrencyCoverage();
        var log = new ConcurrencyLog(new CallOverlapTracker(coverage));
        var call = new VmoGetSize(35);
        var started = new CallStartedNotification(1, 1025, call);
        var answered = new CallAnsweredNotification(1, SyscallResult.ZxOk(new IntValue(4096)));

        foreach (var notification in new Microsoft.Coyote.Specifications.Monitor.Event[] { started, answered })
        {
            log.OnMonitorProcessEvent("RefinementMonitor", "Checking", "", "", "", notification);
            log.OnMonitorProcessEvent("CallsAreAnsweredMonitor", "AllAnswered", "", "", "", notification);
        }

        Assert.Equal(1, coverage.Calls.Single(c => c.Name == "zx_vmo_get_size").Coverage.Made);
    }
}
