using System.CommandLine;
using System.Diagnostics;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Profiles;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// <c>checks bench [--quick] [--out FILE]</c>: measures, in one run, time to the first bug per strategy
/// and seeded bug, Coyote against uncontrolled stress at equal wall time, throughput per harness against
/// ping-pong, the shrink reduction of every seeded bug's trace, and the time of each Z3 obligation; prints progress lines and writes the Markdown tables
/// (default <c>docs/benchmarks.md</c>). A benchmark prints figures, it does not judge them: exit 0.
/// </summary>
public sealed class BenchVerb : IVerb
{
    public const string DefaultOut = "docs/benchmarks.md";

    public Command Build()
    {
        var quick = new Option<bool>("--quick") { Description = "one seed, shorter stress and throughput runs, no proofs" };
        var output = new Option<string>("--out") { Description = $"Markdown file to write (default {DefaultOut})" };
        var command = new Command("bench", "measure bug-finding and throughput; write the tables to docs/benchmarks.md");
        command.Options.Add(quick);
        command.Options.Add(output);
        var exhaustOnly = new Option<bool>("--exhaust-only") { Description = "only the exhaustive-checking section, replaced in place in the output file" };
        command.Options.Add(exhaustOnly);
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var isQuick = parse.GetValue(quick);
            var settings = isQuick ? BenchSettings.Quick : BenchSettings.Full;
            var ci = ProfileCatalog.LoadNearest().Find("ci");
            void Progress(string line) => stdout.WriteLine(line);

            var path = parse.GetValue(output) ?? DefaultOut;
            if (parse.GetValue(exhaustOnly))
            {
                var section = ExhaustBenchReport.Markdown(ExhaustBenchmark.Run(Progress, settings.ExhaustBudget));
                File.WriteAllText(path, ExhaustBenchReport.Splice(File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n", section));
                stdout.Write(section);
                stdout.WriteLine($"written to {path}");
                return ExitCode.Ok;
            }

            var clock = Stopwatch.StartNew();
            var throughput = ThroughputBenchmark.Run(ci, settings.ThroughputIterations, Progress);
            var firstBug = FirstBugBenchmark.Run(ci, settings.Seeds, Progress);
            var stress = StressComparison.Run(ci, settings.StressSeconds, Progress);
            var shrink = ShrinkBenchmark.Run(ci, settings.ShrinkRuns, Progress);
            var proofs = settings.Proofs ? ProofTiming.Run(settings.ProofTimeoutMs, Progress) : null;
            var exhaust = ExhaustBenchmark.Run(Progress, settings.ExhaustBudget);
            var results = new BenchResults(MachineInfo.Current(), settings, isQuick, firstBug, stress, throughput, proofs, shrink, clock.Elapsed, exhaust);

            var markdown = BenchReport.Markdown(results);
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(path, markdown);
            stdout.WriteLine();
            stdout.Write(markdown);
            stdout.WriteLine($"written to {path}");
            return ExitCode.Ok;
        });
        return command;
    }
}
