using System.Text.RegularExpressions;
using Microsoft.Coyote.Logging;
using Microsoft.Coyote.SystematicTesting;
using VmoKernel.Checks.Exploration.Replay;
using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Checks.Exploration.Shrink;

/// <summary>
/// Runs candidate schedules of one admitted trace's harness and seeded bugs, counting every run against a
/// bound. A candidate is replayed leniently: where one of its steps no longer applies (an edit changed
/// what the program does there), the candidate is cut just before that step and run again, so Coyote's
/// continuation decides from there on instead of the run ending without a verdict.
/// </summary>
public sealed partial class CandidateRunner(ExplorationRequest request, int maxRuns, TimeSpan? timeBudget = null)
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    /// <summary>Runs made so far (a lenient replay may take two).</summary>
    public int Runs { get; private set; }

    /// <summary>The harness, seeded bugs and workload candidates run under; the workload pass changes it as it deletes calls.</summary>
    public ExplorationRequest Request { get; set; } = request;

    /// <summary>Runs and wall time are both bounded (each shrink must stay well under a minute on the ci machine).</summary>
    public bool BudgetLeft => Runs < maxRuns && (timeBudget is not { } limit || _clock.Elapsed < limit);

    private bool RunsLeftPastDeadline => Runs < maxRuns;

    /// <summary>Counts a run made outside <see cref="Run"/> (a short exploration) against the budget.</summary>
    public void Charge(int runs) => Runs += runs;

    public int RunsLeft => Math.Max(maxRuns - Runs, 0);

    /// <summary>
    /// Runs the candidate, continued by <paramref name="continuation"/>; null when the budget is spent. With
    /// <paramref name="pastDeadline"/> only runs are counted (a final edit of two runs at most, which the wall-time
    /// limit of the passes before it must not skip).
    /// </summary>
    public CandidateRun? Run(CoyoteSchedule candidate, Continuation continuation, bool pastDeadline = false)
    {
        var schedule = candidate.ContinuedBy(continuation);
        for (var attempt = 0; attempt < 2 && (pastDeadline ? RunsLeftPastDeadline : BudgetLeft); attempt++)
        {
            var (run, divergedAt) = RunOnce(schedule);
            if (divergedAt is not { } step || step >= schedule.Steps.Count)
            {
                return run;
            }

            schedule = schedule.WithSteps(schedule.Steps.Take(step));
        }

        return null;
    }

    private (CandidateRun Run, int? DivergedAt) RunOnce(CoyoteSchedule schedule)
    {
        Runs++;
        var current = Request;
        var configuration = CoyoteConfigurations.ForReplay(schedule.ToJson(), current.Profile.MaxSteps);
        var log = new StepLog(verbose: false);
        var settings = current.Settings;
        Harnesses.Boot.SetUpImages.Prepare(current.Harness, settings);
        using var errors = new StringWriter();
        using var engine = TestingEngine.Create(configuration, runtime =>
        {
            runtime.RegisterLog(log);
            current.Harness.Start(runtime, settings);
        });
        engine.SetLogger(new TextWriterLogger(errors, VerbosityLevel.Error));
        engine.Run();

        var report = engine.TestReport;
        var failure = report.NumOfFoundBugs > 0 ? FailureClassifier.Classify(report.BugReports.First(), current.Harness) : null;
        var executed = schedule.WithSteps(ExecutedSchedule.Steps(engine));
        // Every syscall made, the set-up's included (a run booted from a set-up image was told of those).
        var operations = log.Timeline.Calls.Count;
        var diverged = NotReproducible().Match(errors.ToString());
        int? divergedAt = failure is null && diverged.Success ? int.Parse(diverged.Groups["step"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        return (new CandidateRun(failure, executed, operations, log.Steps.Count), divergedAt);
    }

    [GeneratedRegex(@"is not reproducible at execution step '(?<step>[0-9]+)'")]
    private static partial Regex NotReproducible();
}
