using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Checks.Exploration.Replay;

/// <summary>
/// Re-runs a saved schedule. It refuses, with one line, a trace recorded by another build, of a test this
/// checker does not have, or whose seeded-bug switches differ from what the caller expects or from what
/// the schedule was recorded with: replaying those would run a different program under the old choices.
/// </summary>
public static class TraceReplayer
{
    /// <summary>Checks the trace against this build and the caller's expectations (null: take the trace's).</summary>
    public static ExplorationRequest Admit(ExplorationTrace trace, string? expectedTest = null, IReadOnlyList<string>? expectedSeededBugs = null)
    {
        if (trace.ToolVersion != ToolVersion.Current)
        {
            throw new InputException($"trace was recorded by checks {trace.ToolVersion}, this is checks {ToolVersion.Current}: record it again with 'checks explore'");
        }

        if (expectedTest is not null && expectedTest != trace.Test)
        {
            throw new InputException($"trace is from test '{trace.Test}', not '{expectedTest}'");
        }

        var harness = HarnessCatalog.All.FirstOrDefault(h => h.Name == trace.Test)
            ?? throw new InputException($"trace is from test '{trace.Test}', which this checker does not have");
        foreach (var bug in trace.SeededBugs)
        {
            SeededBugCatalog.Find(bug, "trace");
        }

        if (expectedSeededBugs is not null && !expectedSeededBugs.Order().SequenceEqual(trace.SeededBugs.Order()))
        {
            throw new InputException($"trace was recorded with seeded bugs [{string.Join(", ", trace.SeededBugs)}], not [{string.Join(", ", expectedSeededBugs)}]");
        }

        if (TraceFile.Fingerprint(trace.Test, trace.SeededBugs, trace.CoyoteTrace) != trace.Fingerprint)
        {
            throw new InputException("trace's test or seeded-bug switches do not match the schedule it was recorded with (was the file edited?)");
        }

        var strategy = Enum.GetValues<ExplorationStrategy>().FirstOrDefault(s => s.ToString().Equals(trace.Strategy, StringComparison.OrdinalIgnoreCase));
        var profile = new ExplorationProfile(trace.Profile, "from trace", strategy, trace.StrategyBound, trace.Seed, trace.MaxSteps, [], []);
        return new ExplorationRequest(harness, trace.SeededBugs, profile, ExplorationBudget.OfIterations(1));
    }

    /// <summary>Replays an admitted trace, logging every step into <paramref name="log"/>.</summary>
    public static ExplorationOutcome Replay(ExplorationTrace trace, ExplorationRequest request, StepLog log) =>
        ExplorationRunner.Replay(request, TraceFile.CoyoteTraceText(trace), log);
}
