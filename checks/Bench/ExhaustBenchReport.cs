using System.Globalization;
using System.Text;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// The "Exhaustive checking" section of <c>docs/benchmarks.md</c>, between two marker comments so that
/// <c>bench --exhaust-only</c> can replace it in place without rerunning the other benchmarks.
/// </summary>
public static class ExhaustBenchReport
{
    public const string Begin = "<!-- exhaust:begin -->";
    public const string End = "<!-- exhaust:end -->";

    public static string Markdown(ExhaustBenchResults r)
    {
        var text = new StringBuilder();
        Line(text, Begin);
        Line(text, "## Exhaustive checking (`checks exhaust`)");
        Line(text, "");
        Line(text, $"CPU cost of one search step on one thread (compiled code, after a full search), over {r.Cost.Edges:N0} edges from a sample of {r.Cost.Sampled} states of `small`; the limit is {r.Cores} cores / (Step + fingerprint).");
        Line(text, "");
        Line(text, "| piece | CPU ns per call |");
        Line(text, "|---|---:|");
        Line(text, F($"| model Step | {r.Cost.StepNs:N0} |"));
        Line(text, F($"| symmetric fingerprint | {r.Cost.FingerprintNs:N0} |"));
        Line(text, F($"| transition invariants (one edge) | {r.Cost.TransitionNs:N0} |"));
        Line(text, F($"| state invariants (one state) | {r.Cost.StateInvariantNs:N0} |"));
        Line(text, "");
        var s = r.Warm.Outcome;
        Line(text, F($"Full search of `small` ({(s.Exhausted ? "exhausted" : "not exhausted: " + s.Stop)}, depth {s.Depth}, {s.Generated:N0} states generated, {s.Distinct:N0} distinct), cold (the first search in a fresh process, as `checks exhaust` runs it, code still being compiled) and warm (the same whole search again in that process, on compiled code: {s.Elapsed.TotalSeconds:F0} s of wall time, long enough that the first levels, the last and the collections between them weigh little). Load average before each: {Load(r.Cold)} and {Load(r.Warm)} on {r.Cores} cores; a load above the core count means other work shared the cores, which lowers the wall-clock rates but not the rates per CPU-second."));
        Line(text, "");
        Line(text, F($"Limits: the issue's, {r.Cores} / (Step + fingerprint), charges a fingerprint to every generated state; the search fingerprints only the states a call changed ({r.Cost.ChangedShare:P0} of the sampled edges: a failed call returns the very state it was given, stored already), so its own ceiling is {r.Cores} / (Step + {r.Cost.ChangedShare:P0} x fingerprint). Both leave out the checking (the invariants on every edge and new state), which the search must do."));
        Line(text, "");
        Line(text, "| measure | cold | warm | warm against the limit |");
        Line(text, "|---|---:|---:|---:|");
        Line(text, F($"| wall time | {r.Cold.Outcome.Elapsed.TotalSeconds:F2} s | {s.Elapsed.TotalSeconds:F2} s | |"));
        Line(text, F($"| generated states/s | {r.Cold.Outcome.GeneratedPerSecond:N0} | {s.GeneratedPerSecond:N0} | {s.GeneratedPerSecond / r.Limit:P0} |"));
        Line(text, F($"| distinct states/s | {r.Cold.Outcome.DistinctPerSecond:N0} | {s.DistinctPerSecond:N0} | {s.DistinctPerSecond / r.Limit:P0} |"));
        Line(text, F($"| CPU time, all threads | {r.Cold.Cpu.TotalSeconds:F2} s | {r.Warm.Cpu.TotalSeconds:F2} s | |"));
        Line(text, F($"| generated states per CPU-second | {r.Cold.GeneratedPerCpuSecond:N0} | {r.Warm.GeneratedPerCpuSecond:N0} | {r.Warm.GeneratedPerCpuSecond / r.Cost.LimitPerCpuSecond:P0} of 1 / (Step + fingerprint) |"));
        Line(text, F($"| limit: {r.Cores} / (Step + fingerprint) | | {r.Limit:N0} states/s | 100% |"));
        Line(text, F($"| generated states/s against the search's own ceiling {r.Cores} / (Step + {r.Cost.ChangedShare:P0} x fingerprint) = {r.MixLimit:N0}/s | {r.Cold.Outcome.GeneratedPerSecond / r.MixLimit:P0} | {s.GeneratedPerSecond / r.MixLimit:P0} | |"));
        Line(text, F($"| bytes per stored fingerprint (with its parent edge) | {r.BytesPerFingerprint:F1} | | |"));
        Line(text, "");
        Line(text, $"Distinct states per configuration to depth {ExhaustBenchmark.ReductionDepth}, with and without symmetry reduction (koids, handle values, frames and unlock stamps renamed):");
        Line(text, "");
        Line(text, "| config | with symmetry | without | reduction factor |");
        Line(text, "|---|---:|---:|---:|");
        foreach (var row in r.Reductions)
        {
            var cut = row.Reduced.Stop.StartsWith("time", StringComparison.Ordinal) || row.Raw.Stop.StartsWith("time", StringComparison.Ordinal) ? " (time budget hit)" : "";
            Line(text, F($"| {row.Config}{cut} | {row.Reduced.Distinct:N0} | {row.Raw.Distinct:N0} | {row.Factor:F1}x |"));
        }

        Line(text, "");
        Line(text, "Invariants: proved by Z3 for one step (`checks prove`), checked by `exhaust` on every state and edge of a configuration, or neither.");
        Line(text, "");
        Line(text, "| invariant | proved symbolically over | checked exhaustively |");
        Line(text, "|---|---|---|");
        foreach (var pair in r.Pairs)
        {
            var proved = pair.ProvedOver.Count == 0 ? "-" : string.Join(", ", pair.ProvedOver);
            Line(text, $"| {pair.SpecId} | {proved} | {(pair.CheckedExhaustively ? "yes" : "no")} |");
        }

        var both = r.Pairs.Count(p => p.ProvedOver.Count > 0 && p.CheckedExhaustively);
        var onlyExhaustive = r.Pairs.Count(p => p.ProvedOver.Count == 0 && p.CheckedExhaustively);
        var onlyProved = r.Pairs.Count(p => p.ProvedOver.Count > 0 && !p.CheckedExhaustively);
        Line(text, $"| **{r.Pairs.Count} invariants** | {both} proved and checked, {onlyProved} only proved | {onlyExhaustive} only checked exhaustively |");
        Line(text, End);
        return text.ToString();
    }

    private static string Load(TimedSearch search) => search.LoadBefore is { } load ? load.ToString("F1", CultureInfo.InvariantCulture) : "unknown";

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
