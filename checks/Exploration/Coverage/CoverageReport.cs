using System.Globalization;
using System.Text;

namespace VmoKernel.Checks.Exploration.Coverage;

/// <summary>
/// The coverage under concurrency as Markdown (<c>explore --coverage FILE</c>, and a section of
/// <c>--summary</c>): one row per call record of the catalogue with the outcomes it had while another
/// call was in flight on a shared object, the records that never overlapped (or "none"), every pair of
/// records that overlapped, and Coyote's activity coverage per actor type.
/// </summary>
public static class CoverageReport
{
    public static string Markdown(ConcurrencyCoverage coverage, string heading = "#")
    {
        var calls = coverage.Calls.ToList();
        var never = coverage.NeverOverlapped;
        var text = new StringBuilder();
        text.AppendLine($"{heading} Coverage under concurrency").AppendLine();
        text.Append(Invariant($"{calls.Count - never.Count} of {calls.Count} call records of the catalogue overlapped another call on a shared object "))
            .Append("(their intervals, issued .. answered, intersect and both touched one VMO, BTI or process; for a Linux call its process is its mm); ")
            .AppendLine(Invariant($"{calls.Sum(c => c.Coverage.Made)} calls made, {coverage.Pairs.Count} pairs of records overlapped.")).AppendLine();

        text.AppendLine($"{heading}# Calls that never overlapped another call").AppendLine();
        text.AppendLine(never.Count == 0 ? "none" : string.Join(", ", never.Select(n => $"`{n}`"))).AppendLine();

        text.AppendLine($"{heading}# Outcomes while another call was in flight on a shared object").AppendLine();
        text.AppendLine("| call | made | overlaps | outcomes while overlapped (times) |");
        text.AppendLine("|---|---:|---:|---|");
        foreach (var (name, call) in calls)
        {
            var outcomes = string.Join(", ", call.OutcomesWhileOverlapped.Select(o => Invariant($"{o.Key} ({o.Value})")));
            text.AppendLine(Invariant($"| `{name}` | {call.Made} | {call.Overlapped} | {(outcomes.Length == 0 ? "-" : outcomes)} |"));
        }

        text.AppendLine().AppendLine($"{heading}# Pairs of calls that overlapped on one object").AppendLine();
        text.AppendLine("| call | other call | times | on | outcomes of call | outcomes of other call |");
        text.AppendLine("|---|---|---:|---|---|---|");
        foreach (var ((name, other), pair) in coverage.Pairs)
        {
            text.AppendLine(Invariant(
                $"| `{name}` | `{other}` | {pair.Times} | {string.Join(", ", pair.On)} | {string.Join(", ", pair.CallOutcomes)} | {string.Join(", ", pair.OtherOutcomes)} |"));
        }

        text.AppendLine().AppendLine($"{heading}# Actor activity (Coyote)").AppendLine();
        text.AppendLine("| actor type | event types received | event types with a declared handler | of those, received |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var (actor, received, declared, declaredReceived) in coverage.Activity.PerActor())
        {
            text.AppendLine(Invariant($"| `{actor}` | {received} | {declared} | {declaredReceived} |"));
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
