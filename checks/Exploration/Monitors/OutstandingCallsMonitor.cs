using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;
using Monitor = Microsoft.Coyote.Specifications.Monitor;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// A liveness monitor: hot while any call it watches has started and not been answered. Coyote reports
/// it when a run ends in the hot state (a call never answered) or, under a fair schedule, when it stays
/// hot past the liveness temperature threshold.
/// </summary>
public abstract class OutstandingCallsMonitor : Monitor
{
    private readonly HashSet<long> _outstanding = [];

    /// <summary>Whether this monitor waits for the answer to <paramref name="call"/>.</summary>
    protected abstract bool Watches(Syscall call);

    /// <summary>Whether the watched call <paramref name="requestId"/> has started and not been answered.</summary>
    protected bool IsOutstanding(long requestId) => _outstanding.Contains(requestId);

    /// <summary>A lock step, for a monitor the kernel tells of them (<see cref="Kernel.KernelOptions.LockMonitors"/>); ignored unless overridden.</summary>
    protected virtual void OnLockStep(LockNotification n)
    {
    }

    protected void OnLock(Event e) => OnLockStep((LockNotification)e);

    protected void OnStarted(Event e)
    {
        var started = (CallStartedNotification)e;
        if (Watches(started.Call))
        {
            _outstanding.Add(started.RequestId);
            RaiseGotoStateEvent<CallOutstanding>();
        }
    }

    protected void OnAnswered(Event e)
    {
        if (_outstanding.Remove(((CallAnsweredNotification)e).RequestId) && _outstanding.Count == 0)
        {
            RaiseGotoStateEvent<AllAnswered>();
        }
    }

    [Start]
    [Cold]
    [OnEventDoAction(typeof(CallStartedNotification), nameof(OnStarted))]
    [OnEventDoAction(typeof(CallAnsweredNotification), nameof(OnAnswered))]
    [OnEventDoAction(typeof(LockNotification), nameof(OnLock))]
    [IgnoreEvents(typeof(CallLinearizedNotification))]
    protected sealed class AllAnswered : State;

    [Hot]
    [OnEventDoAction(typeof(CallStartedNotification), nameof(OnStarted))]
    [OnEventDoAction(typeof(CallAnsweredNotification), nameof(OnAnswered))]
    [OnEventDoAction(typeof(LockNotification), nameof(OnLock))]
    [IgnoreEvents(typeof(CallLinearizedNotification))]
    protected sealed class CallOutstanding : State;
}
