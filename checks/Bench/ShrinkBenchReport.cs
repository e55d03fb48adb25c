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
    public const string GeneratedBegin = "<!-- shrink-generated:begin -->";
    public const string GeneratedEnd = "<!-- shrink-generated:end -->";

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
        Table(text, rows);
        Line(text, End);
        Line(text, "");
        return text.ToString();
    }

    /// <summary>The section of <c>bench --shrink-generated</c>: what the <c>Generated</c> harness found, shrunk.</summary>
    public static string GeneratedMarkdown(IReadOnlyList<ShrinkRow> rows, int shrinkRuns, uint iterations, int bugs)
    {
        var text = new StringBuilder();
        Line(text, GeneratedBegin);
        Line(text, F($"## Shrinking what the `Generated` harness finds, at most {shrinkRuns} candidate runs each"));
        Line(text, "");
        Line(text, F($"Each old seeded bug switched on alone, `Generated` explored under the `ci` strategy and seed for at most {iterations} iterations; its find (with the bug's own spec ID: {rows.Count} of {bugs}) shrunk with `checks shrink`'s defaults.") +
            " `Generated`'s set-up chooses what it builds (about 35 calls), so it boots from no image and its calls are steps;" +
            " the columns are those of the table above.");
        Line(text, "");
        Table(text, rows);
        Line(text, GeneratedEnd);
        Line(text, "");
        return text.ToString();
    }

    private static void Table(StringBuilder text, IReadOnlyList<ShrinkRow> rows)
    {
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
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
