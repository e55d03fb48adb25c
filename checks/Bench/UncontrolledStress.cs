using System.Diagnostics;
using Microsoft.Coyote.Actors;
using Microsoft.Coyote.Logging;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// The same harness, kernel and monitors on Coyote's production actor runtime (<c>RuntimeFactory.Create</c>):
/// actors run on the .NET thread pool with real concurrency and no Coyote scheduling, harness choices
/// come from an ordinary random generator, and iterations repeat until the wall time is spent or one fails.
/// Coyote runs monitors outside testing only when its internal switch is on, which this sets (the
/// package is pinned); a monitor's failed assertion reaches <c>OnFailure</c>. An iteration that does not
/// finish within the hang timeout counts as a deadlock: there is no scheduler to detect one.
/// </summary>
public static class UncontrolledStress
{
    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(2);

    public static StressOutcome Run(ExplorationHarness harness, HarnessSettings settings, TimeSpan wallTime)
    {
        if (harness is not IKernelHarness kernelHarness)
        {
            throw new ArgumentException($"{harness.Name} is not a kernel harness", nameof(harness));
        }

        var clock = Stopwatch.StartNew();
        var iterations = 0;
        while (clock.Elapsed < wallTime)
        {
            iterations++;
            if (RunOnce(harness, kernelHarness.Clients, settings) is { } failure)
            {
                var specId = failure == Hang ? harness.DeadlockSpecId : FailureClassifier.Classify(failure, harness).SpecId;
                return new StressOutcome(iterations, clock.Elapsed, specId, failure);
            }
        }

        return new StressOutcome(iterations, clock.Elapsed, null, null);
    }

    private const string Hang = "hang: the iteration did not finish";

    private static string? RunOnce(ExplorationHarness harness, int clients, HarnessSettings settings)
    {
        var runtime = RuntimeFactory.Create(CoyoteConfigurations.ForUncontrolledRuntime(monitors: true));
        try
        {
            runtime.Logger = new TextWriterLogger(TextWriter.Null, VerbosityLevel.None);
            var done = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
            runtime.OnFailure += e => done.TrySetResult(Innermost(e).Message);
            runtime.RegisterLog(new HarnessThreadHalts(clients, () => done.TrySetResult(null)));
            // Its set-up thread is one of the threads counted, so the set-up runs in each iteration here.
            harness.Start(runtime, settings with { SetUpInSchedule = true });
            return done.Task.Wait(HangTimeout) ? done.Task.Result : Hang;
        }
        finally
        {
            (runtime as IDisposable)?.Dispose();
        }
    }

    // An assertion inside an actor's handler arrives wrapped in the exception that names the handler.
    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is { } inner)
        {
            e = inner;
        }

        return e;
    }
}
