using VmoKernel.Abi;

namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>
/// Matches a call's value against an expected <see cref="Pattern"/> (scenario-language.md: integers
/// and bytes by equality, records by the listed fields only, lists element by element, <c>_</c>
/// anything) and renders both sides for a failure message. The actual side is shown through the
/// pattern's shape, so a record shows only the fields the scenario asked about.
/// </summary>
public static class ValueMatcher
{
    public static bool Matches(Pattern pattern, Value actual) => (pattern, actual) switch
    {
        (AnyPattern, _) => true,
        (ExactPattern { Value: RecordValue record }, RecordValue) => Matches(AsPattern(record), actual),
        (ExactPattern { Value: ListValue list }, ListValue) => Matches(AsPattern(list), actual),
        (ExactPattern exact, _) => exact.Value.Equals(actual),
        (RecordPattern record, RecordValue fields) =>
            record.Fields.All(f => fields[f.Name] is { } value && Matches(f.Pattern, value)),
        (ListPattern list, ListValue items) =>
            list.Items.Length == items.Items.Length && list.Items.Zip(items.Items).All(p => Matches(p.First, p.Second)),
        _ => false,
    };

    /// <summary>The pattern as a scenario would write it.</summary>
    public static string RenderExpected(Pattern pattern) => pattern switch
    {
        AnyPattern => "_",
        ExactPattern exact => exact.Value.ToString(),
        RecordPattern record => "{" + string.Join(", ", record.Fields.Select(f => $"{f.Name}: {RenderExpected(f.Pattern)}")) + "}",
        ListPattern list => "[" + string.Join(", ", list.Items.Select(RenderExpected)) + "]",
        _ => pattern.ToString() ?? "",
    };

    /// <summary>The actual value, restricted to the record fields the pattern lists.</summary>
    public static string RenderActual(Pattern pattern, Value actual) => (pattern, actual) switch
    {
        (ExactPattern { Value: RecordValue record }, RecordValue) => RenderActual(AsPattern(record), actual),
        (ExactPattern { Value: ListValue list }, ListValue) => RenderActual(AsPattern(list), actual),
        (RecordPattern record, RecordValue fields) =>
            "{" + string.Join(", ", record.Fields.Select(f => $"{f.Name}: {RenderField(f, fields[f.Name])}")) + "}",
        (ListPattern list, ListValue items) when list.Items.Length == items.Items.Length =>
            "[" + string.Join(", ", list.Items.Zip(items.Items).Select(p => RenderActual(p.First, p.Second))) + "]",
        _ => actual.ToString(),
    };

    private static string RenderField(FieldPattern field, Value? actual) =>
        actual is null ? "(no such field)" : RenderActual(field.Pattern, actual);

    private static RecordPattern AsPattern(RecordValue record) =>
        new([.. record.Fields.Select(f => new FieldPattern(f.Name, new ExactPattern(f.Value)))]);

    private static ListPattern AsPattern(ListValue list) => new([.. list.Items.Select(v => (Pattern)new ExactPattern(v))]);
}
