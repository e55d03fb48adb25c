using System.Globalization;
using System.Text;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Replay;
using VmoKernel.Checks.Exploration.Shrink;
using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// <c>explore --seeded-bugs all</c>: hunts every seeded bug of a profile, one run each, and turns the
/// hunt into one verdict per bug. A bug passes only when exploration fails with exactly the spec ID the
/// catalogue says the bug breaks, the trace read back from disk replays three times to the same failure
/// with identical step logs, and the shrunk trace, read back too, replays to the same spec ID. A missed
/// bug, another spec ID, an unclassified crash or a replay that differs is a failure: a hunt can only
/// pass by finding what it hunts. Traces go under a fresh directory (emptied first), so no file from an
/// earlier run can stand in for this run's.
/// </summary>
public sealed class SeededBugHunt(TextWriter stdout, string outDirectory, int shrinkRuns)
{
    public const int Replays = 3;

    /// <summary>Candidate runs each shrink may spend: enough to shorten every seeded bug's schedule, cheap enough for CI.</summary>
    public const int DefaultShrinkRuns = 60;

    /// <summary>One bug's verdict: null <see cref="Problem"/> means found, replayed and shrunk.</summary>
    public sealed record Verdict(SeededBugEntry Bug, string? Problem, string Detail);

    public IReadOnlyList<Verdict> Run(ExplorationProfile profile, IReadOnlyList<SeededBugEntry> bugs)
    {
        if (Directory.Exists(outDirectory))
        {
            Directory.Delete(outDirectory, recursive: true);
        }

        Directory.CreateDirectory(outDirectory);
        var verdicts = new List<Verdict>();
        foreach (var bug in bugs)
        {
            var verdict = Hunt(profile, bug);
            verdicts.Add(verdict);
            stdout.WriteLine(verdict.Problem is null
                ? $"ok   {bug.Name}: {verdict.Detail}"
                : $"FAIL {bug.Name}: {verdict.Problem}");
        }

        var failed = verdicts.Count(v => v.Problem is not null);
        stdout.WriteLine($"{verdicts.Count - failed} passed, {failed} failed");
        return verdicts;
    }

    private Verdict Hunt(ExplorationProfile profile, SeededBugEntry bug)
    {
        var breaks = bug.Breaks;
        Verdict Fail(string problem) => new(bug, problem, "");
        if (profile.SeededBugs.FirstOrDefault(b => b.Bug.Bug == bug.Bug) is not { } budget)
        {
            return Fail($"not hunted: profile '{profile.Name}' has no budget for it");
        }

        // The entry in hand names the harness, so a hunt runs exactly the link it was given.
        var outcome = ExplorationRunner.Explore(new ExplorationRequest(bug.Harness, [bug.Name], profile, budget.Budget));
        if (outcome.Failure is not { } failure)
        {
            return Fail($"missed: {outcome.Iterations} iterations found no bug (expected {breaks})");
        }

        if (failure.SpecId != breaks)
        {
            return Fail($"caught as {failure.SpecId ?? "an unclassified crash"}, not {breaks}: {FirstLine(failure.Message)}");
        }

        var folder = Path.Combine(outDirectory, bug.Name);
        var path = TraceFile.Save(TraceFile.From(outcome), folder);
        var trace = TraceFile.Load(path);
        if (ReplaysIdentically(trace) is { } replayProblem)
        {
            return Fail($"found {breaks} but {replayProblem} ({path})");
        }

        ShrinkResult shrunk;
        try
        {
            shrunk = TraceShrinker.Shrink(trace, shrinkRuns);
        }
        catch (InvalidOperationException e)
        {
            return Fail($"found {breaks} but shrinking failed: {FirstLine(e.Message)} ({path})");
        }

        var shrunkPath = Path.Combine(folder, "shrunk.json");
        TraceFile.Write(shrunk.Shrunk, shrunkPath);
        var replayed = Replay(TraceFile.Load(shrunkPath), out _);
        if (replayed.Failure?.SpecId != breaks)
        {
            return Fail($"found {breaks} but the shrunk trace replays to {replayed.Failure?.SpecId ?? "no failure"} ({shrunkPath})");
        }

        return new Verdict(bug, null, string.Create(CultureInfo.InvariantCulture,
            $"found {breaks} at iteration {outcome.Iterations}, replayed {Replays}x identically, shrunk {shrunk.StepReduction:P0} ({path}, {shrunkPath})"));
    }

    /// <summary>Null when every replay reproduces the saved failure with the same step log; else what differed.</summary>
    private static string? ReplaysIdentically(ExplorationTrace trace)
    {
        IReadOnlyList<string>? first = null;
        for (var run = 1; run <= Replays; run++)
        {
            var outcome = Replay(trace, out var steps);
            if (outcome.Failure?.Message != trace.Failure)
            {
                return $"replay {run} ended in {FirstLine(outcome.Failure?.Message ?? "no failure")}";
            }

            first ??= steps;
            if (!first.SequenceEqual(steps, StringComparer.Ordinal))
            {
                return $"replay {run} printed a different step log than replay 1";
            }
        }

        return null;
    }

    private static ExplorationOutcome Replay(ExplorationTrace trace, out IReadOnlyList<string> steps)
    {
        var log = new StepLog(verbose: false);
        var outcome = TraceReplayer.Replay(trace, TraceReplayer.Admit(trace), log);
        steps = [.. log.Steps];
        return outcome;
    }

    /// <summary>The hunt as a Markdown table, for a CI job summary.</summary>
    public static string Summary(IReadOnlyList<Verdict> verdicts)
    {
        var text = new StringBuilder();
        text.AppendLine("| seeded bug | breaks | result |");
        text.AppendLine("|---|---|---|");
        foreach (var v in verdicts)
        {
            text.AppendLine($"| {v.Bug.Name} | {v.Bug.Breaks} | {(v.Problem is null ? "ok: " + v.Detail : "**FAIL**: " + v.Problem)} |");
        }

        return text.ToString();
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
