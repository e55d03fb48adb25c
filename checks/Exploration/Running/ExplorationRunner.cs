using System.Diagnostics;
using Microsoft.Coyote;
using Microsoft.Coyote.Actors;
using Microsoft.Coyote.Logging;
using Microsoft.Coyote.SystematicTesting;
using VmoKernel.Checks.Exploration.Coverage;

namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// Hosts Coyote's <see cref="TestingEngine"/> in-process (there is no Coyote CLI here): runs a harness
/// under a profile until the budget is spent or the first bug is found, and replays a saved schedule.
/// </summary>
public static class ExplorationRunner
{
    /// <summary>Explores; <paramref name="onIteration"/> is told each finished iteration's number (for progress).</summary>
    public static ExplorationOutcome Explore(ExplorationRequest request, Action<uint>? onIteration = null)
    {
        var configuration = CoyoteConfigurations.ForExploration(request.Profile, request.Budget);
        if (request.Coverage is not null)
        {
            configuration = configuration.WithActivityCoverageReported(true);
        }

        return Run(request, configuration, null, onIteration);
    }

    /// <summary>Runs exactly one saved schedule, with <paramref name="log"/> (if given) watching every step.</summary>
    public static ExplorationOutcome Replay(ExplorationRequest request, string reproducibleTrace, IActorRuntimeLog? log)
    {
        var configuration = CoyoteConfigurations.ForReplay(reproducibleTrace, request.Profile.MaxSteps);
        return Run(request, configuration, log, null);
    }

    private static ExplorationOutcome Run(
        ExplorationRequest request, Configuration configuration, IActorRuntimeLog? log, Action<uint>? onIteration)
    {
        var settings = request.Settings;
        Harnesses.Boot.SetUpImages.Prepare(request.Harness, settings);
        void Test(IActorRuntime runtime)
        {
            if (log is not null)
            {
                runtime.RegisterLog(log);
            }

            if (request.Coverage is { } coverage)
            {
                runtime.RegisterLog(new ConcurrencyLog(new CallOverlapTracker(coverage)));
            }

            request.Harness.Start(runtime, settings);
        }

        using var engine = TestingEngine.Create(configuration, Test);
        engine.SetLogger(new TextWriterLogger(TextWriter.Null, VerbosityLevel.None));
        uint iterations = 0;
        engine.RegisterEndIterationCallBack(i =>
        {
            iterations = i + 1;
            onIteration?.Invoke(iterations);
        });
        var clock = Stopwatch.StartNew();
        engine.Run();
        clock.Stop();

        var report = engine.TestReport;
        request.Coverage?.Activity.Add(report.CoverageInfo);
        var steps = (long)report.TotalExploredFairSteps + report.TotalExploredUnfairSteps;
        var failure = report.NumOfFoundBugs > 0
            ? FailureClassifier.Classify(report.BugReports.First(), request.Harness)
            : null;
        return new ExplorationOutcome(
            request, iterations, steps, clock.Elapsed, failure, failure is null ? null : engine.ReproducibleTrace);
    }
}
