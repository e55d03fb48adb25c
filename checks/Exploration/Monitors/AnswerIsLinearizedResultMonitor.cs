using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;
using Monitor = Microsoft.Coyote.Specifications.Monitor;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// REF-01's other half: the answer a caller gets is the result its call linearized with (the last run's, for a
/// call that blocked). <see cref="RefinementMonitor"/> holds every linearized result to the model, but a call
/// answered with no linearization (a commit its process refused, reported as done) or with another result than
/// the one it linearized is invisible to it: the model never took that step, so later calls agree with the model
/// and the caller alone holds a wrong answer.
/// </summary>
public sealed class AnswerIsLinearizedResultMonitor : Monitor
{
    public const string SpecId = RefinementMonitor.SpecId;

    private readonly Dictionary<long, Syscall> _calls = [];
    private readonly Dictionary<long, SyscallResult> _linearized = [];

    private void OnStarted(Event e)
    {
        var started = (CallStartedNotification)e;
        _calls[started.RequestId] = started.Call;
    }

    private void OnLinearized(Event e)
    {
        var n = (CallLinearizedNotification)e;
        _linearized[n.RequestId] = n.Result;
    }

    private void OnAnswered(Event e)
    {
        var answered = (CallAnsweredNotification)e;
        var call = _calls.Remove(answered.RequestId, out var started) ? CallText.Of(started) : $"request {answered.RequestId}";
        if (!_linearized.Remove(answered.RequestId, out var linearized))
        {
            Assert(false, "{0}", $"{SpecId}: {call} was answered {answered.Result} but never linearized");
        }
        else if (!linearized.Equals(answered.Result))
        {
            Assert(false, "{0}", $"{SpecId}: {call} was answered {answered.Result} but linearized with {linearized}");
        }
    }

    [Start]
    [OnEventDoAction(typeof(CallStartedNotification), nameof(OnStarted))]
    [OnEventDoAction(typeof(CallLinearizedNotification), nameof(OnLinearized))]
    [OnEventDoAction(typeof(CallAnsweredNotification), nameof(OnAnswered))]
    private sealed class Watching : State;
}
