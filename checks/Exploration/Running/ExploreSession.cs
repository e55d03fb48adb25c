using System.Globalization;
using Spectre.Console;
using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// Runs a plan and tells the user: one line per run (iterations, steps, rates), and for a bug the failure
/// line with its spec ID, the saved trace and the one command that replays it. On a terminal a live
/// status shows the current test and iteration; redirected output gets plain lines only.
/// </summary>
public sealed class ExploreSession(TextWriter stdout, string traceDirectory)
{
    private readonly Dictionary<ExplorationOutcome, string> _savedTraces = [];

    /// <summary>The trace file saved for each outcome that found a bug.</summary>
    public IReadOnlyDictionary<ExplorationOutcome, string> SavedTraces => _savedTraces;

    public IReadOnlyList<ExplorationOutcome> Run(IReadOnlyList<ExplorationRequest> plan)
    {
        var outcomes = new List<ExplorationOutcome>();
        foreach (var request in plan)
        {
            var outcome = Explore(request);
            outcomes.Add(outcome);
            Report(outcome);
        }

        var bugs = outcomes.Count(o => o.FoundBug);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"explored {outcomes.Count} run(s) under profile '{(plan.Count > 0 ? plan[0].Profile.Name : "none")}' in {outcomes.Sum(o => o.Elapsed.TotalSeconds):F1} s: {(bugs == 0 ? "no bug" : $"{bugs} bug(s)")}"));
        return outcomes;
    }

    private ExplorationOutcome Explore(ExplorationRequest request)
    {
        var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        if (!interactive)
        {
            return ExplorationRunner.Explore(request);
        }

        ExplorationOutcome? outcome = null;
        AnsiConsole.Status().Start($"{request.Harness.Name}: starting", context =>
        {
            var started = DateTime.UtcNow;
            outcome = ExplorationRunner.Explore(request, iteration =>
            {
                var seconds = Math.Max((DateTime.UtcNow - started).TotalSeconds, 1e-3);
                context.Status(string.Create(CultureInfo.InvariantCulture,
                    $"{request.Harness.Name}{Bugs(request)}: iteration {iteration} ({iteration / seconds:F0}/s)"));
            });
        });
        return outcome!;
    }

    private void Report(ExplorationOutcome outcome)
    {
        var request = outcome.Request;
        var name = $"{request.Harness.Name}{Bugs(request)}";
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"{outcome.Iterations} iterations, {outcome.Steps} steps, {outcome.Elapsed.TotalSeconds:F1} s ({outcome.IterationsPerSecond:F0} it/s, {outcome.StepsPerSecond:F0} steps/s)");
        if (outcome.Failure is null)
        {
            var exhausted = outcome.ExhaustedScheduleSpace
                ? $"; schedule space exhausted within {request.Profile.MaxSteps} steps"
                : request.Profile.Strategy == Profiles.ExplorationStrategy.Dfs ? "; schedule space NOT exhausted (iteration budget ran out)" : "";
            stdout.WriteLine($"ok   {name}: {figures}{exhausted}");
            return;
        }

        var path = TraceFile.Save(TraceFile.From(outcome), traceDirectory);
        _savedTraces[outcome] = path;
        stdout.WriteLine($"BUG  {name}: {outcome.Failure.Message}");
        stdout.WriteLine($"     found at iteration {outcome.Iterations}: {figures}");
        stdout.WriteLine($"     trace saved to {path}");
        stdout.WriteLine($"     replay: {ReplayCommand.For(path)}");
    }

    private static string Bugs(ExplorationRequest request) =>
        request.SeededBugs.Count == 0 ? "" : $" [seeded bug {string.Join(", ", request.SeededBugs)}]";
}
