using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Checks.Exploration.Replay;

/// <summary>
/// Re-runs a saved schedule. It always refuses, with one line, a trace of a test this checker does not
/// have, or whose test or seeded-bug switches differ from what the caller expects. Two mismatches may
/// still replay and are refused only without <c>force</c> (with it they become one warning line each):
/// sources other than this checker's (the schedule may no longer apply), and a digest that does not
/// match the header and steps (the file was edited by hand).
/// </summary>
public static class TraceReplayer
{
    /// <summary>
    /// Checks the trace against this build and the caller's expectations (null: take the trace's). With
    /// <paramref name="force"/>, a mismatch that may still replay is written to <paramref name="warnings"/> instead of refused.
    /// </summary>
    public static ExplorationRequest Admit(
        ExplorationTrace trace, string? expectedTest = null, IReadOnlyList<string>? expectedSeededBugs = null, bool force = false, TextWriter? warnings = null)
    {
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

        if (TraceFile.DigestOf(trace) != trace.Digest)
        {
            Mismatch("trace's header or steps do not match its digest (was the file edited?)", force, warnings);
        }

        if (trace.SourceDigest != BuildIdentity.SourceDigest)
        {
            Mismatch($"trace was recorded from other sources ({trace.Release}, sources {Short(trace.SourceDigest)}) than this checker ({BuildIdentity.Release}, sources {Short(BuildIdentity.SourceDigest)}); the schedule may not apply", force, warnings);
        }

        var strategy = Enum.GetValues<ExplorationStrategy>().FirstOrDefault(s => s.ToString().Equals(trace.Strategy, StringComparison.OrdinalIgnoreCase));
        var profile = new ExplorationProfile(trace.Profile, "from trace", strategy, trace.StrategyBound, trace.Seed, trace.MaxSteps, [], []);
        return new ExplorationRequest(harness, trace.SeededBugs, profile, ExplorationBudget.OfIterations(1), trace.Workload);
    }

    /// <summary>Replays an admitted trace, logging every step into <paramref name="log"/>.</summary>
    public static ExplorationOutcome Replay(ExplorationTrace trace, ExplorationRequest request, StepLog log) =>
        ExplorationRunner.Replay(request, TraceFile.CoyoteTraceText(trace), log);

    private static void Mismatch(string message, bool force, TextWriter? warnings)
    {
        if (!force)
        {
            throw new InputException($"{message}: pass --force to replay it anyway");
        }

        warnings?.WriteLine($"warning: {message}");
    }

    private static string Short(string digest) => digest.Length > 12 ? digest[..12] : digest;
}
