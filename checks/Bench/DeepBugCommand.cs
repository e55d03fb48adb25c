using System.Diagnostics;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Profiles;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// <c>checks bench --deep-bugs [--seconds S] [--runs N]</c>: measures the deep seeded bugs
/// (<see cref="DeepBugBenchmark"/>) and replaces their section of the output file in place. A benchmark prints
/// figures, it does not judge them: always <see cref="ExitCode.Ok"/>.
/// </summary>
public static class DeepBugCommand
{
    public const double DefaultSeconds = 60;
    public const int DefaultRuns = 5;

    public static int Run(double seconds, int runs, string path, TextWriter stdout)
    {
        if (seconds <= 0 || runs <= 0)
        {
            throw new InputException("--seconds and --runs must be positive");
        }

        var clock = Stopwatch.StartNew();
        var cells = DeepBugBenchmark.Run(ProfileCatalog.LoadNearest().Find("ci"), runs, seconds, stdout.WriteLine);
        var section = DeepBugReport.Markdown(cells, runs, seconds, MachineInfo.Current(), clock.Elapsed);
        MarkedSection.SpliceInto(path, section, DeepBugReport.Begin, DeepBugReport.End);
        stdout.Write(section);
        stdout.WriteLine($"written to {path}");
        return ExitCode.Ok;
    }
}
