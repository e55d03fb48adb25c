using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Coverage;
using VmoKernel.Checks.Exploration.Profiles;

namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// What <c>checks explore</c> does once its arguments are parsed: explores the profile's harnesses (or the
/// one hunting a seeded bug), saves the trace of each bug found with the one command that replays it, and
/// writes the JUnit and Markdown reports. Output paths are checked before exploring (a late failure would
/// lose the BUG line). With <c>--coverage</c> it also writes the coverage under concurrency, and with
/// <c>--require-overlap</c> fails when a call record of the catalogue never overlapped another call.
/// Returns <see cref="ExitCode.Failed"/> when a bug was found or that check failed.
/// </summary>
public static class ExploreCommand
{
    public const string DefaultProfile = "ci";
    public const string DefaultOut = "out/traces";

    /// <summary>Prints every seeded bug, the invariant it breaks and the harness that hunts it.</summary>
    public static int ListSeededBugs(TextWriter stdout)
    {
        foreach (var bug in SeededBugCatalog.All)
        {
            stdout.WriteLine($"{bug.Name,-44} {bug.Breaks,-16} hunted by {bug.Harness.Name}");
        }

        return ExitCode.Ok;
    }

    public static int Run(ExploreOptions options, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(options);
        var plan = ExplorationPlan.For(ProfileCatalog.LoadNearest().Find(options.Profile), options.Test, options.SeededBug);
        if (options.Shard is { } part)
        {
            plan = ExplorationPlan.Shard(plan, part);
        }

        OutputFile.CheckFolder(options.TraceFolder, "--out");
        if (options.RequireOverlap && options.Coverage is null)
        {
            throw new InputException("--require-overlap: needs --coverage FILE");
        }

        foreach (var (option, file) in new[] { ("--junit", options.JUnit), ("--summary", options.Summary), ("--coverage", options.Coverage) })
        {
            if (file is not null)
            {
                OutputFile.Check(file, option, options.Force);
            }
        }

        // The summary carries a coverage section too, so either report turns the recorder on.
        var coverage = options.Coverage is not null || options.Summary is not null ? new ConcurrencyCoverage() : null;
        plan = [.. plan.Select(r => r with { Coverage = coverage })];
        var session = new ExploreSession(stdout, options.TraceFolder);
        var outcomes = session.Run(plan);
        if (options.JUnit is { } junitPath)
        {
            ExplorationReports.WriteJUnit(junitPath, outcomes, session.SavedTraces);
        }

        if (options.Summary is { } summaryPath)
        {
            ExplorationReports.WriteSummary(summaryPath, outcomes, session.SavedTraces, coverage);
        }

        var bug = outcomes.Any(o => o.FoundBug);
        if (options.Coverage is { } coveragePath)
        {
            OutputFile.Write(coveragePath, CoverageReport.Markdown(coverage!));
            stdout.WriteLine($"coverage under concurrency written to {coveragePath}");
            if (options.RequireOverlap && coverage!.NeverOverlapped is { Count: > 0 } never)
            {
                stdout.WriteLine($"FAIL {never.Count} call record(s) never overlapped another call: {string.Join(", ", never)}");
                return ExitCode.Failed;
            }
        }

        return bug ? ExitCode.Failed : ExitCode.Ok;
    }
}
