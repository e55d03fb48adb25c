using System.Globalization;
using System.Text;
using VmoKernel.Checks.Exploration.Monitors;

namespace VmoKernel.Checks.Exploration.Replay;

/// <summary>
/// A replayed failure as a Mermaid <c>sequenceDiagram</c> (<c>replay --diagram</c>, and embedded in
/// <c>explore --summary</c>): the user threads and the VMOs their calls touched are the lifelines, each
/// call is an arrow from its thread at issue and an answer arrow back, an unlocked look is a note, and
/// the failing call carries a note with the spec ID and its statement. Set-up calls are left out (the
/// story's legend names what they made). Text is reduced to characters Mermaid never reads as syntax.
/// </summary>
public static class SequenceDiagram
{
    public static string Of(CallTimeline timeline, string? failure, string? specId)
    {
        var calls = timeline.Calls.Where(c => c.Thread != "set-up thread").ToList();
        var threads = calls.Select(c => c.Thread).Distinct().Order(StringComparer.Ordinal).ToList();
        var handles = timeline.VmoHandles();
        var targets = calls.ToDictionary(c => c, c => Target(c, handles));
        var objects = targets.Values.OfType<ulong>().Distinct().Order().ToList();
        var text = new StringBuilder("sequenceDiagram\n");
        foreach (var thread in threads)
        {
            text.Append(CultureInfo.InvariantCulture, $"    participant {Id(thread)} as {thread}\n");
        }

        foreach (var koid in objects)
        {
            text.Append(CultureInfo.InvariantCulture, $"    participant V{koid} as VMO {koid}\n");
        }

        if (targets.Values.Any(t => t is null))
        {
            text.Append("    participant K as kernel\n");
        }

        var failing = StoryView.FailingCall(timeline);
        foreach (var (step, line) in calls.SelectMany(c => Events(c, targets[c] is { } koid ? $"V{koid}" : "K", c == failing, failure, specId)).OrderBy(e => e.Step))
        {
            text.Append(CultureInfo.InvariantCulture, $"    {line}\n");
        }

        return text.ToString();
    }

    /// <summary>The call's arrows and notes, each at the step of the full log it happened at (so their order is the run's).</summary>
    private static IEnumerable<(int Step, string Line)> Events(TimelineCall call, string target, bool failing, string? failure, string? specId)
    {
        var thread = Id(call.Thread);
        yield return (call.IssuedAt, $"{thread}->>{target}: call {call.Number}: {Clean(CallText.WithHandles(call.Call))}");
        foreach (var look in call.Looks)
        {
            yield return (look.Step, $"Note over {thread},V{look.Koid}: call {call.Number} looks: lock count {look.LockCount}, {look.DiscardState}");
        }

        if (call.Outcome is { } outcome)
        {
            var at = call.AnsweredAt ?? call.CommittedAt ?? call.IssuedAt;
            var state = call.Commit is { } commit ? string.Concat(commit.Vmos.Select(v => $", VMO {v.Koid} lock count {v.LockCount}{(v.Discarded ? " discarded" : "")}")) : "";
            yield return (at, $"{target}-->>{thread}: call {call.Number} gives {Clean(CallText.Of(call.Call, outcome))}{Clean(state)}");
        }

        if (failing && failure is not null)
        {
            var statement = specId is not null && SpecStatements.Find(specId) is var (s, _) ? $" {s}" : "";
            yield return (int.MaxValue, $"Note over {thread},{target}: {Wrapped($"FAILED {Clean(specId ?? failure.Split('\n')[0])}:{Clean(statement)}")}");
        }
    }

    /// <summary>The VMO a call's arrow points at: the first it touched, else the first its handles name, else the first it looked at; null for the kernel as a whole.</summary>
    private static ulong? Target(TimelineCall call, IReadOnlyDictionary<uint, ulong> handles) =>
        call.Touched.Cast<ulong?>().FirstOrDefault()
        ?? call.Call.Handles().Where(handles.ContainsKey).Select(h => (ulong?)handles[h]).FirstOrDefault()
        ?? call.Looks.Select(l => (ulong?)l.Koid).FirstOrDefault();

    /// <summary>
    /// A long note broken into lines of about <see cref="NoteWidth"/> characters at spaces, joined by
    /// Mermaid's <c>&lt;br/&gt;</c>: Mermaid sizes a note's box to its longest line, so one long line
    /// runs off the diagram. Applied after <see cref="Clean"/>, which would strip the break's brackets.
    /// </summary>
    private static string Wrapped(string text)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > NoteWidth)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return string.Join("<br/>", lines);
    }

    private const int NoteWidth = 60;

    private static string Id(string thread) => thread.Replace(' ', '_').Replace('-', '_');

    /// <summary>Keeps letters, digits, spaces and plain punctuation; what Mermaid parses (<c>;</c>, <c>#</c>, braces, arrows) is replaced.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("=>", "->", StringComparison.Ordinal).Replace("->", "gives", StringComparison.Ordinal))
        {
            builder.Append(c switch
            {
                '{' or '[' => '(',
                '}' or ']' => ')',
                ';' or '#' or '<' or '>' or '"' or '%' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
