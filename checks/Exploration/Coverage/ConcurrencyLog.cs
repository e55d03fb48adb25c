using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Kernel.Notifications;
using CoyoteMonitor = Microsoft.Coyote.Specifications.Monitor;

namespace VmoKernel.Checks.Exploration.Coverage;

/// <summary>
/// A Coyote log observer for one run: hands the kernel's call notifications (started, linearized,
/// answered), as the monitors receive them, to a <see cref="CallOverlapTracker"/>. The kernel gives one
/// notification to every monitor in turn, so the observer takes each only once. Every other event of the
/// log is of no interest here.
/// </summary>
public sealed class ConcurrencyLog(CallOverlapTracker tracker) : QuietRuntimeLog
{
    private object? _last;

    public override void OnMonitorProcessEvent(string monitorType, string stateName, string senderName, string senderType, string senderStateName, CoyoteMonitor.Event e)
    {
        if (ReferenceEquals(e, _last))
        {
            return;
        }

        _last = e;
        switch (e)
        {
            case CallStartedNotification started:
                tracker.Started(started.RequestId, started.Process, started.Call);
                break;
            case CallLinearizedNotification linearized:
                tracker.Linearized(linearized);
                break;
            case CallAnsweredNotification answered:
                tracker.Answered(answered.RequestId, answered.Result);
                break;
            default:
                break;
        }
    }

}
