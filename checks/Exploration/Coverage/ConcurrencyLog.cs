using Microsoft.Coyote.Actors;
using Microsoft.Coyote.Actors.Timers;
using VmoKernel.Kernel.Notifications;
using CoyoteMonitor = Microsoft.Coyote.Specifications.Monitor;

namespace VmoKernel.Checks.Exploration.Coverage;

/// <summary>
/// A Coyote log observer for one run: hands the kernel's call notifications (started, linearized,
/// answered), as the monitors receive them, to a <see cref="CallOverlapTracker"/>. The kernel gives one
/// notification to every monitor in turn, so the observer takes each only once. Every other event of the
/// log is of no interest here.
/// </summary>
public sealed class ConcurrencyLog(CallOverlapTracker tracker) : IActorRuntimeLog
{
    private object? _last;

    public void OnMonitorProcessEvent(string monitorType, string stateName, string senderName, string senderType, string senderStateName, CoyoteMonitor.Event e)
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

    public void OnCreateActor(ActorId id, string? creatorName, string? creatorType)
    {
    }

    public void OnCreateStateMachine(ActorId id, string? creatorName, string? creatorType)
    {
    }

    public void OnSendEvent(ActorId targetActorId, string? senderName, string? senderType, string? senderStateName, Event e, Guid eventGroupId, bool isTargetHalted)
    {
    }

    public void OnDequeueEvent(ActorId id, string? stateName, Event e)
    {
    }

    public void OnReceiveEvent(ActorId id, string? stateName, Event e, bool wasBlocked)
    {
    }

    public void OnRandom(bool result, string? callerName, string? callerType)
    {
    }

    public void OnRandom(int result, string? callerName, string? callerType)
    {
    }

    public void OnMonitorError(string monitorType, string stateName, bool? isInHotState)
    {
    }

    public void OnAssertionFailure(string error)
    {
    }

    public void OnExceptionThrown(ActorId id, string? stateName, string actionName, Exception ex)
    {
    }

    public void OnExecuteAction(ActorId id, string? handlingStateName, string? currentStateName, string actionName)
    {
    }

    public void OnRaiseEvent(ActorId id, string? stateName, Event e)
    {
    }

    public void OnHandleRaisedEvent(ActorId id, string? stateName, Event e)
    {
    }

    public void OnEnqueueEvent(ActorId id, Event e)
    {
    }

    public void OnWaitEvent(ActorId id, string? stateName, Type eventType)
    {
    }

    public void OnWaitEvent(ActorId id, string? stateName, params Type[] eventTypes)
    {
    }

    public void OnStateTransition(ActorId id, string? stateName, bool isEntry)
    {
    }

    public void OnGotoState(ActorId id, string currentStateName, string newStateName)
    {
    }

    public void OnPushState(ActorId id, string currentStateName, string newStateName)
    {
    }

    public void OnPopState(ActorId id, string currentStateName, string restoredStateName)
    {
    }

    public void OnDefaultEventHandler(ActorId id, string? stateName)
    {
    }

    public void OnEventHandlerTerminated(ActorId id, string? stateName, DequeueStatus dequeueStatus)
    {
    }

    public void OnHalt(ActorId id, int inboxSize)
    {
    }

    public void OnPopStateUnhandledEvent(ActorId id, string stateName, Event e)
    {
    }

    public void OnExceptionHandled(ActorId id, string? stateName, string actionName, Exception ex)
    {
    }

    public void OnCreateTimer(TimerInfo info)
    {
    }

    public void OnStopTimer(TimerInfo info)
    {
    }

    public void OnCreateMonitor(string monitorType)
    {
    }

    public void OnMonitorExecuteAction(string monitorType, string stateName, string actionName)
    {
    }

    public void OnMonitorRaiseEvent(string monitorType, string stateName, CoyoteMonitor.Event e)
    {
    }

    public void OnMonitorStateTransition(string monitorType, string stateName, bool isEntry, bool? isInHotState)
    {
    }

    public void OnCompleted()
    {
    }
}
