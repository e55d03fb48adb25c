using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Coyote.Actors;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Kernel.Events;
using VmoKernel.Kernel.Notifications;
using CoyoteMonitor = Microsoft.Coyote.Specifications.Monitor;

namespace VmoKernel.Checks.Exploration.Replay;

/// <summary>
/// Watches one replayed run and writes it as numbered steps a kernel engineer can read without knowing
/// Coyote: which actor handled which event (syscalls and their results are events), every random choice
/// a client made, every monitor notification, and the failing assertion last. Only what the schedule
/// decides appears, so the same trace gives the same log every time. <c>verbose</c> adds sends and
/// actor creation.
/// </summary>
public sealed partial class StepLog(bool verbose) : QuietRuntimeLog
{
    private readonly List<string> _steps = [];
    private readonly Dictionary<string, string> _labels = [];
    private object? _lastNotification;
    // The router's creation of a call's kernel thread is a scheduling point of its own: other actors may
    // run between the router taking a request and creating its thread, so the pending call is the router's.
    private readonly Dictionary<string, string> _callBeingRouted = [];
    private int _userThreads;
    private bool _booted;

    /// <summary>The numbered lines so far.</summary>
    public IReadOnlyList<string> Steps => _steps;

    /// <summary>The same run call by call, for the story view and the sequence diagram; its step numbers are this log's.</summary>
    public CallTimeline Timeline { get; } = new();

    /// <summary>The first assertion that failed, as Coyote reported it; null while none has.</summary>
    public string? Failure { get; private set; }

    public override void OnCreateActor(ActorId id, string? creatorName, string? creatorType)
    {
        // The router starts one kernel thread per call: name the thread by its call from here on.
        if (creatorName is not null && _callBeingRouted.Remove(creatorName, out var call))
        {
            _labels[id.Name] = call;
            Timeline.KernelThreadCreated(id, creatorName);
        }
        else if (id.Name.Contains(nameof(HarnessThreadActor), StringComparison.Ordinal))
        {
            // A run booted from a set-up image has no set-up thread: the harness starts the clients itself.
            _labels[id.Name] = creatorName is null && !_booted ? "set-up thread" : $"user thread {_userThreads++}";
        }

        if (verbose)
        {
            Add($"{Caller(creatorName)} creates {Name(id)}");
        }
    }

    public override void OnCreateStateMachine(ActorId id, string? creatorName, string? creatorType) => OnCreateActor(id, creatorName, creatorType);

    public override void OnSendEvent(ActorId targetActorId, string? senderName, string? senderType, string? senderStateName, Event e, Guid eventGroupId, bool isTargetHalted)
    {
        if (verbose)
        {
            Add($"{Caller(senderName)} sends {Describe(e)} to {Name(targetActorId)}");
        }
    }

    public override void OnDequeueEvent(ActorId id, string? stateName, Event e)
    {
        if (e is SyscallRequestEvent request)
        {
            _callBeingRouted[id.Name] = request.Call.Name;
        }

        Add($"{Name(id)} handles {Describe(e)}");
        if (e is SyscallRequestEvent issued)
        {
            Timeline.Issued(_steps.Count, id, issued, issued.ReplyTo is { } thread && _labels.TryGetValue(thread.Name, out var label) ? label : "kernel");
        }

        Timeline.Received(_steps.Count, id, e);
    }

    public override void OnReceiveEvent(ActorId id, string? stateName, Event e, bool wasBlocked)
    {
        Add($"{Name(id)} receives {Describe(e)}");
        Timeline.Received(_steps.Count, id, e);
        if (e is SyscallResponseEvent response)
        {
            Timeline.Answered(_steps.Count, id, response);
        }
    }

    public override void OnRandom(bool result, string? callerName, string? callerType) =>
        Add($"{Caller(callerName)} chooses {(result ? "true" : "false")}");

    public override void OnRandom(int result, string? callerName, string? callerType) =>
        Add($"{Caller(callerName)} chooses {result}");

    public override void OnMonitorProcessEvent(string monitorType, string stateName, string senderName, string senderType, string senderStateName, CoyoteMonitor.Event e)
    {
        // The kernel hands one notification to every monitor in turn; the log shows it once.
        if (verbose)
        {
            Add($"monitor {ShortName(monitorType)} observes {Describe(e)}");
        }
        else if (!ReferenceEquals(e, _lastNotification) && e is CallLinearizedNotification)
        {
            Add($"{Describe(e)}");
        }

        if (!ReferenceEquals(e, _lastNotification) && e is CallLinearizedNotification linearized)
        {
            Timeline.Linearized(_steps.Count, linearized);
        }

        // Told by the harness, not by a kernel actor: a call of the set-up the run booted from (SetUpImages).
        if (!ReferenceEquals(e, _lastNotification) && senderName is null)
        {
            _booted = true;
            Timeline.SetUpNotified(_steps.Count, e);
        }

        _lastNotification = e;
    }

    public override void OnAssertionFailure(string error)
    {
        if (Failure is not null)
        {
            return;
        }

        Failure = ShortName(error.Replace("[coyote::error] ", "", StringComparison.Ordinal));
        Add($"FAILED {Failure}");
        Timeline.Failed(_steps.Count);
    }

    public override void OnExceptionThrown(ActorId id, string? stateName, string actionName, Exception ex) =>
        Add($"{Name(id)} throws {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");

    public override void OnHandleRaisedEvent(ActorId id, string? stateName, Event e) => Add($"{Name(id)} handles {Describe(e)}");

    public override void OnMonitorStateTransition(string monitorType, string stateName, bool isEntry, bool? isInHotState)
    {
        if (isEntry && verbose)
        {
            Add($"monitor {ShortName(monitorType)} enters {stateName}{(isInHotState == true ? " (hot)" : "")}");
        }
    }

    // Nothing after the failure belongs to the schedule: Coyote is tearing the run down.
    private void Add(string line)
    {
        if (Failure is null || line.StartsWith("FAILED", StringComparison.Ordinal))
        {
            _steps.Add($"{(_steps.Count + 1).ToString(CultureInfo.InvariantCulture),4}. {line}");
        }
    }

    private string Name(ActorId id) =>
        _labels.TryGetValue(id.Name, out var call) ? $"{ShortName(id.Name)}[{call}]" : ShortName(id.Name);

    private string Caller(string? callerName) =>
        callerName is null ? "harness" : _labels.TryGetValue(callerName, out var call) ? $"{ShortName(callerName)}[{call}]" : ShortName(callerName);

    /// <summary>Kernel calls and answers as calls; any other event as its own <c>ToString</c> says it, when that says more than its type name.</summary>
    private static string Describe(object e)
    {
        switch (e)
        {
            case SyscallRequestEvent request:
                return $"call p{request.Process}: {CallText.Of(request.Call)}";
            case SyscallResponseEvent response:
                return $"answer {CallText.Of(response.Process, response.Call, response.Result)}";
            case CallLinearizedNotification linearized:
                return $"linearized {CallText.Of(linearized)}";
            case CallStartedNotification started:
                return $"call #{started.RequestId} started: p{started.Process}: {CallText.Of(started.Call)}";
            case CallAnsweredNotification answered:
                return $"call #{answered.RequestId} answered: {answered.Result}";
            default:
                break;
        }

        var text = e.ToString() ?? "";
        return text == e.GetType().FullName || text == e.GetType().ToString() ? ShortName(text) : text;
    }

    /// <summary><c>VmoKernel.Kernel.VmoActor(5)</c> and <c>Outer+Inner</c> become <c>VmoActor(5)</c> and <c>Inner</c>.</summary>
    private static string ShortName(string name) => Namespace().Replace(name, "");

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*[.+])+(?=[A-Za-z_])")]
    private static partial Regex Namespace();
}
