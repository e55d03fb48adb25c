using VmoKernel.Checks.Exhaust;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// A search as <see cref="ExhaustBenchmark"/> timed it: its outcome (wall time inside), the CPU time the
/// whole process spent meanwhile (every thread, the GC's too), and the machine's load average (runnable
/// threads, 1-minute) before it started. On a machine shared with other work the wall-clock rate falls
/// with the load while the rate per CPU-second does not, so both are reported.
/// </summary>
public sealed record TimedSearch(ExhaustOutcome Outcome, TimeSpan Cpu, double? LoadBefore)
{
    public double GeneratedPerCpuSecond => Outcome.Generated / Math.Max(Cpu.TotalSeconds, 1e-9);

    public static TimedSearch Run(Func<ExhaustOutcome> search)
    {
        var load = LoadAverage();
        var cpu = Environment.CpuUsage.TotalTime;
        var outcome = search();
        return new TimedSearch(outcome, Environment.CpuUsage.TotalTime - cpu, load);
    }

    /// <summary>The 1-minute load average from /proc/loadavg, or null where there is none.</summary>
    private static double? LoadAverage()
    {
        const string path = "/proc/loadavg";
        var first = File.Exists(path) ? File.ReadAllText(path).Split(' ')[0] : null;
        return double.TryParse(first, System.Globalization.CultureInfo.InvariantCulture, out var load) ? load : null;
    }
}
