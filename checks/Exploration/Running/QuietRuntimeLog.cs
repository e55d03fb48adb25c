using Microsoft.Coyote.Actors;
using Microsoft.Coyote.Actors.Timers;
using CoyoteMonitor = Microsoft.Coyote.Specifications.Monitor;

namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// A Coyote runtime log that ignores every event: the logs of this project (the replay's step log, the coverage
/// log) derive from it and override only the events they read, instead of each spelling out the thirty-odd
/// members of <see cref="IActorRuntimeLog"/>.
/// </summary>
public abstract class QuietRuntimeLog : IActorRuntimeLog
{
    public virtual void OnCreateActor(ActorId id, string? creatorName, string? creatorType)
    {
    }

    public virtual void OnCreateStateMachine(ActorId id, string? creatorName, string? creatorType)
    {
    }

    public virtual void OnSendEvent(ActorId targetActorId, string? senderName, string? senderType, string? senderStateName, Event e, Guid eventGroupId, bool isTargetHalted)
    {
    }

    public virtual void OnDequeueEvent(ActorId id, string? stateName, Event e)
    {
    }

    public virtual void OnReceiveEvent(ActorId id, string? stateName, Event e, bool wasBlocked)
    {
    }

    public virtual void OnRandom(bool result, string? callerName, string? callerType)
    {
    }

    public virtual void OnRandom(int result, string? callerName, string? callerType)
    {
    }

    public virtual void OnMonitorProcessEvent(string monitorType, string stateName, string senderName, string senderType, string senderStateName, CoyoteMonitor.Event e)
    {
    }

    public virtual void OnMonitorError(string monitorType, string stateName, bool? isInHotState)
    {
    }

    public virtual void OnAssertionFailure(string error)
    {
    }

    public virtual void OnExceptionThrown(ActorId id, string? stateName, string actionName, Exception ex)
    {
    }

    public virtual void OnExecuteAction(ActorId id, string? handlingStateName, string? currentStateName, string actionName)
    {
    }

    public virtual void OnRaiseEvent(ActorId id, string? stateName, Event e)
    {
    }

    public virtual void OnHandleRaisedEvent(ActorId id, string? stateName, Event e)
    {
    }

    public virtual void OnEnqueueEvent(ActorId id, Event e)
    {
    }

    public virtual void OnWaitEvent(ActorId id, string? stateName, Type eventType)
    {
    }

    public virtual void OnWaitEvent(ActorId id, string? stateName, params Type[] eventTypes)
    {
    }

    public virtual void OnStateTransition(ActorId id, string? stateName, bool isEntry)
    {
    }

    public virtual void OnGotoState(ActorId id, string currentStateName, string newStateName)
    {
    }

    public virtual void OnPushState(ActorId id, string currentStateName, string newStateName)
    {
    }

    public virtual void OnPopState(ActorId id, string currentStateName, string restoredStateName)
    {
    }

    public virtual void OnDefaultEventHandler(ActorId id, string? stateName)
    {
    }

    public virtual void OnEventHandlerTerminated(ActorId id, string? stateName, DequeueStatus dequeueStatus)
    {
    }

    public virtual void OnHalt(ActorId id, int inboxSize)
    {
    }

    public virtual void OnPopStateUnhandledEvent(ActorId id, string stateName, Event e)
    {
    }

    public virtual void OnExceptionHandled(ActorId id, string? stateName, string actionName, Exception ex)
    {
    }

    public virtual void OnCreateTimer(TimerInfo info)
    {
    }

    public virtual void OnStopTimer(TimerInfo info)
    {
    }

    public virtual void OnCreateMonitor(string monitorType)
    {
    }

    public virtual void OnMonitorExecuteAction(string monitorType, string stateName, string actionName)
    {
    }

    public virtual void OnMonitorRaiseEvent(string monitorType, string stateName, CoyoteMonitor.Event e)
    {
    }

    public virtual void OnMonitorStateTransition(string monitorType, string stateName, bool isEntry, bool? isInHotState)
    {
    }

    public virtual void OnCompleted()
    {
    }
}
