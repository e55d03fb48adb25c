using System.Globalization;
using VmoKernel.Checks.Exploration.Monitors;

namespace VmoKernel.Checks.Exploration.Replay;

/// <summary>
/// The story of a replayed failure in a few lines (replay's default view): a legend of the handles the
/// run created and the VMOs they name; the set-up in one line; one line per user-thread syscall from
/// issue to answer (step numbers refer to <c>replay --actors</c>), with what it looked at without a lock,
/// which other call committed between that look and its own commit (the interleaving that matters), and
/// the state at its commit; then the failure with its spec ID, statement and place in spec/.
/// </summary>
public static class StoryView
{
    public static IReadOnlyList<string> Of(CallTimeline timeline, string? failure, string? specId)
    {
        var lines = new List<string>();
        var handles = timeline.VmoHandles();
        if (handles.Count > 0)
        {
            lines.Add($"handles: {string.Join(", ", handles.Select(h => $"h{h.Key} = VMO {h.Value}"))}");
        }

        var setUp = timeline.Calls.Where(c => c.Thread == "set-up thread").ToList();
        if (setUp.Count > 0)
        {
            var failed = setUp.Where(c => c.Outcome is { Succeeded: false }).ToList();
            lines.Add($"set-up thread: {setUp.Count} call{(setUp.Count == 1 ? "" : "s")} ({string.Join(", ", setUp.Select(c => c.Call.Name).Distinct())}), "
                + (failed.Count == 0 ? "all succeeded" : $"{failed.Count} failed"));
        }

        foreach (var call in timeline.Calls.Except(setUp))
        {
            lines.Add(Line(call, timeline, call.Number == FailingCall(timeline)?.Number));
        }

        if (failure is not null)
        {
            lines.Add($"FAILED{(timeline.FailedAt is { } at ? $" at step {N(at)}" : "")}: {failure.Split('\n')[0]}");
            if (specId is not null && SpecStatements.Find(specId) is var (statement, place))
            {
                lines.Add($"  {specId}: {statement} ({place})");
            }
        }

        return lines;
    }

    /// <summary>The call whose linearization the failing check looked at: the last one committed before the failure.</summary>
    public static TimelineCall? FailingCall(CallTimeline timeline) =>
        timeline.FailedAt is null ? null : timeline.Calls.Where(c => c.CommittedAt is not null).MaxBy(c => c.CommittedAt);

    private static string Line(TimelineCall call, CallTimeline timeline, bool failing)
    {
        var span = $"{N(call.IssuedAt)}-{(call.AnsweredAt is { } answered ? N(answered) : "")}";
        var result = call.Outcome is { } outcome ? CallText.Of(call.Call, outcome) : "(no answer before the failure)";
        var text = $"{"#" + N(call.Number),4} {call.Thread,-14} [{span,-9}] {CallText.WithHandles(call.Call)} => {result}";
        var notes = new List<string>();
        foreach (var look in call.Looks)
        {
            var between = timeline.Calls.Where(other => other != call && other.CommittedAt > look.Step
                && other.CommittedAt < (call.CommittedAt ?? int.MaxValue) && other.Touched.Contains(look.Koid));
            var stale = string.Join(", ", between.Select(o => $"#{N(o.Number)} committed at {N(o.CommittedAt!.Value)}"));
            notes.Add($"looked at {N(look.Step)}: VMO {look.Koid} lock count {look.LockCount}, {look.DiscardState}"
                + (look.PinnedPages > 0 ? $", {look.PinnedPages} pinned pages" : "") + (stale.Length > 0 ? $", then {stale}" : ""));
        }

        if (call.Commit is { } commit)
        {
            notes.Add($"committed at {N(call.CommittedAt!.Value)}" + string.Concat(commit.Vmos.Select(v =>
                $"; VMO {v.Koid} lock count {v.LockCount}{(v.Discarded ? ", discarded" : "")}{(v.Pins.Count > 0 ? $", {v.Pins.Count} pinned pages" : "")}")));
        }

        return text + (notes.Count > 0 ? $" | {string.Join(" | ", notes)}" : "") + (failing ? "  <- fails here" : "");
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
