using System.Text.Json;
using System.Text.Json.Nodes;

namespace VmoKernel.Checks.Exploration.Shrink;

/// <summary>
/// A Coyote 1.7 reproducible trace as the shrinker edits it: Coyote's settings object and its step list.
/// Each step is one of Coyote's strings, <c>op(ID:SEQ),sp(POINT),next(ID:SEQ)</c> for a scheduling
/// choice (operation ID ran into scheduling point POINT and Coyote let operation <c>next</c> run) or
/// <c>op(ID:SEQ),int(N)</c> / <c>op(ID:SEQ),bool(B)</c> for a controlled value a harness chose.
/// Coyote replays a trace as a prefix: it follows the steps while they apply and, past their end, goes
/// on with the strategy the settings name; a step that does not apply (its operation is not enabled, or
/// the program reaches another kind of point) ends the run without a bug.
/// </summary>
public sealed class CoyoteSchedule
{
    private readonly JsonObject _settings;

    private CoyoteSchedule(JsonObject document, IReadOnlyList<string> steps)
    {
        Document = document;
        _settings = (JsonObject)document["Settings"]!;
        Steps = steps;
    }

    /// <summary>The whole trace document except its steps (test name, Coyote version, settings).</summary>
    private JsonObject Document { get; }

    /// <summary>Coyote's steps, in order.</summary>
    public IReadOnlyList<string> Steps { get; }

    /// <summary>Scheduling choices (not value choices).</summary>
    public int SchedulingChoices => Steps.Count(IsScheduling);

    /// <summary>Scheduling choices that let another operation run than the one that reached the point.</summary>
    public int ContextSwitches => Steps.Count(s => IsScheduling(s) && Current(s) != Next(s));

    /// <summary>
    /// Context switches away from an operation that could have gone on (CHESS's preemptions): a switch
    /// where the running operation completed, paused, halted or waits to receive is not one.
    /// </summary>
    public int Preemptions => Steps.Count(s => IsScheduling(s) && Current(s) != Next(s) && !BlockingPoints.Any(p => s.Contains(p, StringComparison.Ordinal)));

    private static readonly string[] BlockingPoints = [",sp(Complete),", ",sp(Pause),", ",sp(Halt),", ",sp(Receive),", ",sp(Wait),", ",sp(Join),"];

    /// <summary>Value choices the harnesses made with Coyote's controlled randomness.</summary>
    public int ValueChoices => Steps.Count(s => !IsScheduling(s));

    /// <summary>Reads Coyote's JSON; anything not shaped like a 1.7 trace is a <see cref="FormatException"/>.</summary>
    public static CoyoteSchedule Parse(string json)
    {
        if (JsonNode.Parse(json) is not JsonObject document || document["Settings"] is not JsonObject
            || document[nameof(Steps)] is not JsonArray steps)
        {
            throw new FormatException("not a Coyote reproducible trace (no Settings or Steps)");
        }

        var list = steps.Select(s => s?.GetValue<string>() ?? throw new FormatException("a step is null")).ToList();
        foreach (var step in list)
        {
            _ = Current(step) + (IsScheduling(step) ? Next(step) : 0);
        }

        return new CoyoteSchedule(document, list);
    }

    /// <summary>The same settings with other steps.</summary>
    public CoyoteSchedule WithSteps(IEnumerable<string> steps) => new((JsonObject)Document.DeepClone(), [.. steps]);

    /// <summary>The same steps, continued past their end by <paramref name="continuation"/>.</summary>
    public CoyoteSchedule ContinuedBy(Continuation continuation)
    {
        var document = (JsonObject)Document.DeepClone();
        var settings = (JsonObject)document["Settings"]!;
        settings["Strategy"] = continuation.Strategy;
        settings["StrategyBound"] = continuation.Bound;
        settings["Seed"] = continuation.Seed;
        return new CoyoteSchedule(document, Steps);
    }

    /// <summary>The continuation these settings name.</summary>
    public Continuation Continuation =>
        new(_settings["Strategy"]?.GetValue<string>() ?? "random", _settings["StrategyBound"]?.GetValue<int>() ?? 0, _settings["Seed"]?.GetValue<uint>() ?? 0);

    /// <summary>Coyote's JSON for <c>WithReproducibleTrace</c> and for the trace file.</summary>
    public string ToJson()
    {
        var document = (JsonObject)Document.DeepClone();
        document[nameof(Steps)] = new JsonArray([.. Steps.Select(s => (JsonNode?)JsonValue.Create(s))]);
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public static bool IsScheduling(string step) => step.Contains(",sp(", StringComparison.Ordinal);

    /// <summary>The operation ID that reached the step (<c>op(ID:SEQ)</c>).</summary>
    public static ulong Current(string step) => OperationId(step, "op(");

    /// <summary>The operation ID a scheduling step let run (<c>next(ID:SEQ)</c>).</summary>
    public static ulong Next(string step) => OperationId(step, "next(");

    /// <summary>The scheduling step changed to let the operation that reached it go on running.</summary>
    public static string StayOnCurrent(string step)
    {
        var at = step.IndexOf("next(", StringComparison.Ordinal);
        var op = step[3..step.IndexOf(')', StringComparison.Ordinal)];
        return $"{step[..at]}next({op})";
    }

    /// <summary>A value choice changed to 0 (false): the first option of every harness choice.</summary>
    public static string FirstOption(string step)
    {
        var at = step.IndexOf(',', StringComparison.Ordinal);
        return step.Contains(",bool(", StringComparison.Ordinal) ? $"{step[..at]},bool(False)" : $"{step[..at]},int(0)";
    }

    /// <summary>Whether a value choice already is the first option.</summary>
    public static bool IsFirstOption(string step) =>
        step.EndsWith(",int(0)", StringComparison.Ordinal) || step.EndsWith(",bool(False)", StringComparison.Ordinal);

    private static ulong OperationId(string step, string tag)
    {
        var at = step.IndexOf(tag, StringComparison.Ordinal);
        var colon = at < 0 ? -1 : step.IndexOf(':', at);
        if (colon < 0 || !ulong.TryParse(step.AsSpan(at + tag.Length, colon - at - tag.Length), out var id))
        {
            throw new FormatException($"unexpected Coyote step '{step}'");
        }

        return id;
    }
}
