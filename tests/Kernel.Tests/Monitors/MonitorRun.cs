using System.Collections.Immutable;
using Microsoft.Coyote.Actors;
using Microsoft.Coyote.SystematicTesting;
using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Tests.Kernel.Monitors;

/// <summary>
/// Feeds one monitor a hand-made sequence of linearization notifications in a one-iteration Coyote test
/// (monitors only assert inside a Coyote runtime), and classifies what it reported as <c>checks explore</c>
/// would: the spec ID of the first failure, or null when the monitor stayed quiet (and cold).
/// </summary>
internal static class MonitorRun
{
    public static string? FirstFailure<TMonitor>(params Microsoft.Coyote.Specifications.Monitor.Event[] sequence)
        where TMonitor : Microsoft.Coyote.Specifications.Monitor
    {
        var configuration = CoyoteConfigurations.ForScenario().WithRandomStrategy().WithLivenessTemperatureThreshold(HotSteps);
        using var engine = TestingEngine.Create(configuration, runtime =>
        {
            runtime.RegisterMonitor<TMonitor>();
            runtime.CreateActor(typeof(FeedingActor), new Feed(() =>
            {
                foreach (var notification in sequence)
                {
                    runtime.Monitor<TMonitor>(notification);
                }
            }));
        });
        engine.Run();
        return engine.TestReport.BugReports.FirstOrDefault() is { } report
            ? FailureClassifier.Classify(report, CallsAreAnsweredMonitor.SpecId).SpecId
            : null;
    }

    /// <summary>How long a liveness monitor may stay hot, in scheduling steps, before Coyote reports it.</summary>
    private const int HotSteps = 20;

    // A hot monitor is a liveness bug once it stays hot past the temperature threshold (as in a harness
    // whose kernel keeps running after a lost wakeup), so after the notifications the actor keeps the
    // schedule going for more steps than the threshold; a monitor that went cold is never reported.
    private sealed class Feed(Action notify) : Event
    {
        public Action Notify { get; } = notify;
    }

    private sealed class Tick(int left) : Event
    {
        public int Left { get; } = left;
    }

    [OnEventDoAction(typeof(Tick), nameof(OnTick))]
    private sealed class FeedingActor : Actor
    {
        protected override Task OnInitializeAsync(Event initialEvent)
        {
            ((Feed)initialEvent).Notify();
            SendEvent(Id, new Tick(4 * HotSteps));
            return Task.CompletedTask;
        }

        private void OnTick(Event e)
        {
            if (((Tick)e).Left > 0)
            {
                SendEvent(Id, new Tick(((Tick)e).Left - 1));
            }
        }
    }

    /// <summary>A notification of <paramref name="call"/> by <paramref name="process"/> (as request <paramref name="requestId"/>) answered <paramref name="result"/>.</summary>
    public static CallLinearizedNotification Call(
        Syscall call,
        SyscallResult result,
        ulong process = KernelLayout.FirstKoid,
        LinuxFacts? linux = null,
        ulong? freeFrames = null,
        ImmutableArray<VmoFacts> vmos = default,
        ImmutableArray<FrameMove> frames = default,
        ulong? resumes = null,
        long requestId = 0) =>
        new(process, call, result, vmos.IsDefault ? [] : vmos, frames.IsDefault ? [] : frames, [], freeFrames) { Linux = linux, Resumes = resumes, RequestId = requestId };

    /// <summary>Linux facts with only what a test sets; everything else empty and well-formed.</summary>
    public static LinuxFacts Linux(
        IEnumerable<ulong>? anonFrames = null,
        bool droppableLocked = false,
        IEnumerable<LinuxMmFacts>? mms = null,
        IEnumerable<ForkChildFacts>? forkChildren = null,
        IEnumerable<StrayPurgeMarker>? strayMarkers = null) => new(
        (mms ?? []).ToImmutableSortedDictionary(m => m.Pid, m => m),
        [.. anonFrames ?? []],
        droppableLocked,
        [.. forkChildren ?? []],
        [.. strayMarkers ?? []]);

    public static SyscallResult Ok(Value? value = null) => SyscallResult.Ok(value);
}
