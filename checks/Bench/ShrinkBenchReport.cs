using System.Globalization;
using System.Text;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// The shrinking section of <c>docs/benchmarks.md</c>, between markers so that <c>bench --shrink-only</c> can
/// replace it in place without rerunning the other benchmarks.
/// </summary>
public static class ShrinkBenchReport
{
    public const string Begin = "<!-- shrink:begin -->";
    public const string End = "<!-- shrink:end -->";

    public static string Markdown(IReadOnlyList<ShrinkRow> rows, int shrinkRuns)
    {
        var text = new StringBuilder();
        Line(text, Begin);
        Line(text, $"## Shrinking: every seeded bug's `ci` trace, at most {shrinkRuns} candidate runs each");
        Line(text, "");
        Line(text, "`checks shrink` with its defaults (delete calls, fewest preemptions, then ddmin, then the threads' ignored value " +
            "draws dropped; bounded by candidate runs, with a wall-time safety net of 180 s). Steps are Coyote's scheduling and value choices: an iteration's start (creating the " +
            "kernel's actors and the user threads) is one step, and a harness whose set-up chooses nothing boots each iteration from " +
            "the image its set-up left, so its set-up's calls are not steps either; calls are every syscall made, set-up included; " +
            "preemptions are context switches away from an operation that could have gone on.");
        Line(text, "");
        Line(text, "| seeded bug | spec | calls | preemptions | steps | steps ratio | runs | seconds |");
        Line(text, "|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            Line(text, F($"| {row.SeededBug} | {row.SpecId} | {row.SyscallsBefore} → {row.SyscallsAfter} | {row.PreemptionsBefore} → {row.PreemptionsAfter} | {row.StepsBefore} → {row.StepsAfter} | {row.StepsRatio:F1}x | {row.Runs} | {row.Seconds:F1} |"));
        }

        if (rows.Count > 0)
        {
            Line(text, F($"| **average** ({rows.Count} bugs) | | | | **{rows.Average(s => s.StepsBefore):F0} → {rows.Average(s => s.StepsAfter):F0}** | **{rows.Average(s => s.StepsRatio):F1}x** | | **{rows.Max(s => s.Seconds):F1} max** |"));
        }

        Line(text, End);
        Line(text, "");
        return text.ToString();
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
