using System.Diagnostics;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Profiles;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// <c>checks bench --generated-finds [--iterations N] [--seeded-bug NAME]</c>: runs <see cref="GeneratedFindsBenchmark"/>
/// and, over every old bug, replaces its section of the output file in place (one bug only prints). A benchmark
/// prints figures, it does not judge them: always <see cref="ExitCode.Ok"/>.
/// </summary>
public static class GeneratedFindsCommand
{
    public const uint DefaultIterations = 500;

    public static int Run(int iterations, string? only, string path, TextWriter stdout)
    {
        var checkedIterations = Iterations(iterations);

        var bugs = GeneratedFindsBenchmark.OldBugs.ToList();
        if (only is not null)
        {
            var bug = SeededBugCatalog.Find(only);
            bugs = bugs.Contains(bug) ? [bug] : throw new InputException($"--seeded-bug: {only} is a deep seeded bug, not one of the old ones the Generated harness is measured on");
        }

        var ci = ProfileCatalog.LoadNearest().Find("ci");
        var clock = Stopwatch.StartNew();
        var finds = GeneratedFindsBenchmark.Run(ci, checkedIterations, bugs, stdout.WriteLine);
        var section = GeneratedFindsReport.Markdown(finds, checkedIterations, ci.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), MachineInfo.Current(), clock.Elapsed);
        stdout.Write(section);
        if (only is null)
        {
            MarkedSection.SpliceInto(path, section, GeneratedFindsReport.Begin, GeneratedFindsReport.End);
            stdout.WriteLine($"written to {path}");
        }

        return ExitCode.Ok;
    }

    /// <summary>The <c>--iterations</c> option, which <c>--generated-finds</c> and <c>--shrink-generated</c> share: positive.</summary>
    public static uint Iterations(int iterations) =>
        iterations > 0 ? (uint)iterations : throw new InputException("--iterations must be positive");
}
