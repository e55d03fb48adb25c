using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel.Events;
using VmoKernel.Kernel.Notifications;
using VmoKernel.Kernel.State;

namespace VmoKernel.Checks.Exploration.Replay;

/// <summary>
/// The calls of one replayed run as <see cref="StepLog"/> sees them go by, put back together call by call:
/// a request the router dequeues opens a call, the kernel thread the router then creates is that call's,
/// a peek reply that thread receives is a look, the linearization notification is the commit, and the
/// response the user thread receives (matched by its tag) is the answer. Feeds the story and the diagram.
/// </summary>
public sealed class CallTimeline
{
    private readonly List<TimelineCall> _calls = [];
    private readonly Dictionary<string, TimelineCall> _byKernelThread = [];
    private readonly Dictionary<(string Thread, long Tag), TimelineCall> _byTag = [];
    private readonly Dictionary<string, TimelineCall> _awaitingKernelThread = [];
    private readonly Dictionary<long, TimelineCall> _bootedSetUp = [];

    public IReadOnlyList<TimelineCall> Calls => _calls;

    /// <summary>The step of the first failed assertion; null while none has failed.</summary>
    public int? FailedAt { get; private set; }

    internal void Issued(int step, ActorId router, SyscallRequestEvent request, string thread)
    {
        if (FailedAt is not null)
        {
            return;
        }

        var call = new TimelineCall(_calls.Count + 1, thread, request.Process, request.Call, step);
        _calls.Add(call);
        _awaitingKernelThread[router.Name] = call;
        if (request.ReplyTo is { } replyTo)
        {
            _byTag[(replyTo.Name, request.Tag)] = call;
        }
    }

    internal void KernelThreadCreated(ActorId id, string router)
    {
        if (_awaitingKernelThread.Remove(router, out var call))
        {
            _byKernelThread[id.Name] = call;
        }
    }

    /// <summary>An event a kernel thread took in; a peek reply (the unlocked look of the stale-look races) is recorded.</summary>
    internal void Received(int step, ActorId id, Event e)
    {
        if (FailedAt is not null)
        {
            return;
        }

        if (_byKernelThread.TryGetValue(id.Name, out var call) && PeekedState(e) is { } vmo)
        {
            call.Looks.Add((step, vmo.Koid, vmo.LockCount, vmo.DiscardState.ToString(), vmo.Pins.Count(p => p.Value > 0)));
        }
    }

    // Nothing after the failure belongs to the schedule (Coyote is tearing the run down).
    internal void Linearized(int step, CallLinearizedNotification notification)
    {
        if (FailedAt is not null)
        {
            return;
        }

        // The notification carries the request's own call record; equal records of two racing threads
        // are told apart by taking the one issued first that is still open.
        var call = _calls.FirstOrDefault(c => c.Commit is null && c.Process == notification.Process && ReferenceEquals(c.Call, notification.Call))
            ?? _calls.FirstOrDefault(c => c.Commit is null && c.Process == notification.Process && c.Call.Equals(notification.Call));
        if (call is not null)
        {
            call.Commit = notification;
            call.CommittedAt = step;
        }
    }

    internal void Answered(int step, ActorId thread, SyscallResponseEvent response)
    {
        if (FailedAt is not null)
        {
            return;
        }

        if (_byTag.TryGetValue((thread.Name, response.Tag), out var call))
        {
            call.Result = response.Result;
            call.AnsweredAt = step;
        }
    }

    internal void Failed(int step) => FailedAt ??= step;

    /// <summary>
    /// A notification of a set-up call the run booted from (it made no request here): a start opens the call
    /// as the set-up thread's, an answer closes it; its linearization comes through <see cref="Linearized"/>.
    /// </summary>
    internal void SetUpNotified(int step, object notification)
    {
        switch (notification)
        {
            case CallStartedNotification started:
                var call = new TimelineCall(_calls.Count + 1, "set-up thread", started.Process, started.Call, step);
                _calls.Add(call);
                _bootedSetUp[started.RequestId] = call;
                break;
            case CallAnsweredNotification answered when _bootedSetUp.TryGetValue(answered.RequestId, out var setUp):
                setUp.Result = answered.Result;
                setUp.AnsweredAt = step;
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// Handle -> VMO koid for every handle a create call returned: the new VMO is the one koid among the
    /// call's touched VMOs that no earlier handle names (a child's parent is touched too).
    /// </summary>
    public IReadOnlyDictionary<uint, ulong> VmoHandles()
    {
        var handles = new Dictionary<uint, ulong>();
        foreach (var call in _calls.Where(c => c.Commit is { Result: { Succeeded: true, Value: IntValue } }))
        {
            var koids = call.Touched.Where(k => !handles.ContainsValue(k)).ToList();
            if (call.Call.Name.Contains("create", StringComparison.Ordinal) && koids.Count > 0)
            {
                handles[(uint)((IntValue)call.Commit!.Result.Value!).Number] = koids.Max();
            }
        }

        return handles;
    }

    // Peek replies are the kernel's internal protocol (not public types): read their VmoState by name.
    // The pinned traces' golden stories (tests/Kernel.Tests/Pinned) fail if this stops finding it.
    private static VmoState? PeekedState(Event e) =>
        e.GetType().Name == "PeekReplyEvent" ? e.GetType().GetProperty("State")?.GetValue(e) as VmoState : null;
}
