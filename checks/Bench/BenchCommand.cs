using System.Diagnostics;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Profiles;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// What <c>checks bench</c> does once its arguments are parsed: measures, in one run, time to the first bug
/// per strategy and seeded bug, Coyote against uncontrolled stress at equal wall time, throughput per harness
/// against ping-pong, the shrink reduction of every seeded bug's trace, the time of each Z3 obligation and
/// the exhaustive search's speed; prints progress lines and writes the Markdown tables. A benchmark prints
/// figures, it does not judge them: always <see cref="ExitCode.Ok"/>.
/// </summary>
public static class BenchCommand
{
    public const string DefaultOut = "docs/benchmarks.md";

    /// <summary>Runs every benchmark (fewer and shorter with <paramref name="quick"/>), or with <paramref name="exhaustOnly"/> only the exhaustive-checking section, replaced in place in <paramref name="path"/>.</summary>
    public static int Run(bool quick, bool exhaustOnly, string path, TextWriter stdout, bool shrinkOnly = false, uint? shrinkGenerated = null)
    {
        var settings = quick ? BenchSettings.Quick : BenchSettings.Full;
        var ci = ProfileCatalog.LoadNearest().Find("ci");
        void Progress(string line) => stdout.WriteLine(line);

        // A mode that measures one section rewrites only that section of the file, in place, and prints it.
        int InPlace(string section, string begin, string end)
        {
            MarkedSection.SpliceInto(path, section, begin, end);
            stdout.Write(section);
            stdout.WriteLine($"written to {path}");
            return ExitCode.Ok;
        }

        if (shrinkGenerated is { } iterations)
        {
            var bugs = GeneratedFindsBenchmark.OldBugs.ToList();
            var rows = ShrinkBenchmark.RunGenerated(ci, settings.ShrinkRuns, iterations, bugs, Progress);
            return InPlace(ShrinkBenchReport.GeneratedMarkdown(rows, settings.ShrinkRuns, iterations, bugs.Count), ShrinkBenchReport.GeneratedBegin, ShrinkBenchReport.GeneratedEnd);
        }

        if (shrinkOnly)
        {
            return InPlace(ShrinkBenchReport.Markdown(ShrinkBenchmark.Run(ci, settings.ShrinkRuns, Progress), settings.ShrinkRuns), ShrinkBenchReport.Begin, ShrinkBenchReport.End);
        }

        if (exhaustOnly)
        {
            return InPlace(ExhaustBenchReport.Markdown(ExhaustBenchmark.Run(Progress, settings.ExhaustBudget)), ExhaustBenchReport.Begin, ExhaustBenchReport.End);
        }

        var clock = Stopwatch.StartNew();
        var throughput = ThroughputBenchmark.Run(ci, settings.ThroughputIterations, Progress);
        var firstBug = FirstBugBenchmark.Run(ci, settings.Seeds, Progress);
        var stress = StressComparison.Run(ci, settings.StressSeconds, Progress);
        var shrink = ShrinkBenchmark.Run(ci, settings.ShrinkRuns, Progress);
        var proofs = settings.Proofs ? ProofTiming.Run(settings.ProofTimeoutMs, Progress) : null;
        var exhaust = ExhaustBenchmark.Run(Progress, settings.ExhaustBudget);
        var results = new BenchResults(MachineInfo.Current(), settings, quick, firstBug, stress, throughput, proofs, shrink, clock.Elapsed, exhaust);

        // The deep-bug section is measured on its own (bench --deep-bugs, an hour at the defaults): keep it.
        // So are the generated-finds section (bench --generated-finds) and the shrinks of its finds (bench --shrink-generated).
        var existing = File.Exists(path) ? File.ReadAllText(path) : "";
        var markdown = BenchReport.Markdown(results);
        foreach (var (begin, end) in new[]
        {
            (DeepBugReport.Begin, DeepBugReport.End), (GeneratedFindsReport.Begin, GeneratedFindsReport.End),
            (ShrinkBenchReport.GeneratedBegin, ShrinkBenchReport.GeneratedEnd),
        })
        {
            markdown = MarkedSection.Find(existing, begin, end) is { } kept ? markdown.TrimEnd() + "\n\n" + kept : markdown;
        }

        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, markdown);
        stdout.WriteLine();
        stdout.Write(markdown);
        stdout.WriteLine($"written to {path}");
        return ExitCode.Ok;
    }
}
