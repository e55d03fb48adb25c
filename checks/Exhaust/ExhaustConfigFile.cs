using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using VmoKernel.Abi;
using VmoKernel.Checks.Cli;

namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// Reads <c>exhaust.json</c> strictly: an unknown key, call or constant name, a wrong type or a missing
/// field is one <see cref="InputException"/> naming the JSON path, so a typo never explores less than the
/// file says. Domain values are written as in a scenario: <c>0</c>, <c>1p</c>, <c>0x10</c>, <c>U64_MAX</c>,
/// kernel constant names, and flag combinations with <c>|</c>.
/// </summary>
public static class ExhaustConfigFile
{
    public const string FileName = "exhaust.json";

    private static readonly string[] Keys =
    [
        "description", "bounds", "calls", "sizes", "createOptions", "ops", "offsets", "lengths", "childOptions",
        "rights", "infoTopics", "levels", "freeFrames",
    ];

    private static readonly string[] BoundKeys = ["processes", "vmos", "vmoHandlesPerProcess", "pmts", "mappings", "locks", "counters"];

    /// <summary>The named configuration of the <c>exhaust.json</c> at or above the current directory.</summary>
    public static ExhaustConfig LoadNearest(string name) => Load(FindNearest(Directory.GetCurrentDirectory()), name);

    public static string FindNearest(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InputException($"no {FileName} in {directory} or any directory above it");
    }

    /// <summary>The names of the configurations in the file, in file order.</summary>
    public static IReadOnlyList<string> Names(string path)
    {
        using var document = Parse(path);
        return document.RootElement.TryGetProperty("configs", out var configs) && configs.ValueKind == JsonValueKind.Object
            ? [.. configs.EnumerateObject().Select(p => p.Name)]
            : [];
    }

    private static JsonDocument Parse(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            throw new InputException($"cannot read {path}: {e.Message.Split('\n')[0]}");
        }
    }

    public static ExhaustConfig Load(string path, string name)
    {
        using (var document = Parse(path))
        {
            var file = Path.GetFileName(path);
            if (!document.RootElement.TryGetProperty("configs", out var configs) || configs.ValueKind != JsonValueKind.Object)
            {
                throw new InputException($"{file}: expected an object \"configs\"");
            }

            var names = configs.EnumerateObject().Select(p => p.Name).ToList();
            return configs.TryGetProperty(name, out var config)
                ? Read(name, config, $"{file}: configs.{name}")
                : throw new InputException($"unknown config '{name}' in {file} (known: {string.Join(", ", names)})");
        }
    }

    private static ExhaustConfig Read(string name, JsonElement config, string where)
    {
        Unknown(config, Keys, where);
        var bounds = Field(config, "bounds", where);
        Unknown(bounds, BoundKeys, $"{where}.bounds");
        var calls = Strings(config, "calls", where);
        foreach (var call in calls.Where(c => !CallDomains.Known.Contains(c)))
        {
            throw new InputException($"{where}.calls: unknown call '{call}' (known: {string.Join(", ", CallDomains.Known)})");
        }

        var domains = new CallDomains(
            [.. calls],
            Numbers(config, "sizes", where),
            Flags(config, "createOptions", where),
            Flags(config, "ops", where),
            Numbers(config, "offsets", where),
            Numbers(config, "lengths", where),
            Flags(config, "childOptions", where),
            Flags(config, "rights", where),
            Flags(config, "infoTopics", where),
            [.. Numbers(config, "levels", where).Select(Level(where))],
            Numbers(config, "freeFrames", where));
        var limits = new StateBounds(
            Count(bounds, "processes", where),
            Count(bounds, "vmos", where),
            Count(bounds, "vmoHandlesPerProcess", where),
            Count(bounds, "pmts", where),
            Count(bounds, "mappings", where),
            (ulong)Count(bounds, "locks", where),
            (ulong)Count(bounds, "counters", where));
        var description = config.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "";
        return new ExhaustConfig(name, description, limits, domains);
    }

    private static Func<ulong, PressureLevel> Level(string where) => value =>
        value <= (ulong)PressureLevel.Oom ? (PressureLevel)value : throw new InputException($"{where}.levels: {value} is not a pressure level");

    private static void Unknown(JsonElement element, string[] known, string where)
    {
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            throw new InputException($"{where}: unknown key '{property.Name}' (known: {string.Join(", ", known)})");
        }
    }

    private static JsonElement Field(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out var value) ? value : throw new InputException($"{where}: missing \"{name}\"");

    private static int Count(JsonElement bounds, string name, string where) =>
        Field(bounds, name, $"{where}.bounds") is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var count) && count >= 0
            ? count
            : throw new InputException($"{where}.bounds.{name}: expected a non-negative integer");

    private static ImmutableArray<string> Strings(JsonElement element, string name, string where)
    {
        if (!element.TryGetProperty(name, out var array))
        {
            return [];
        }

        return array.ValueKind == JsonValueKind.Array && array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? [.. array.EnumerateArray().Select(e => e.GetString()!)]
            : throw new InputException($"{where}.{name}: expected a list of strings");
    }

    private static ImmutableArray<ulong> Numbers(JsonElement element, string name, string where) =>
        [.. Strings(element, name, where).Select(text => DomainValue(text, $"{where}.{name}"))];

    private static ImmutableArray<uint> Flags(JsonElement element, string name, string where) =>
        [.. Numbers(element, name, where).Select(v => v <= uint.MaxValue ? (uint)v : throw new InputException($"{where}.{name}: {v} does not fit 32 bits"))];

    /// <summary>One domain value: terms joined by <c>|</c>, each a constant name, <c>U64_MAX</c> or an integer with an optional page suffix.</summary>
    public static ulong DomainValue(string text, string where) =>
        text.Split('|').Select(term => Term(term.Trim(), where)).Aggregate(0UL, (a, b) => a | b);

    private static ulong Term(string term, string where)
    {
        if (term == "U64_MAX")
        {
            return ulong.MaxValue;
        }

        if (KernelConstants.TryGet(term, out var constant))
        {
            return constant;
        }

        var pages = term.EndsWith('p');
        var digits = pages ? term[..^1] : term;
        var hex = digits.StartsWith("0x", StringComparison.Ordinal);
        var parsed = hex
            ? ulong.TryParse(digits[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var n)
            : ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out n);
        return parsed ? (pages ? n * KernelLayout.PageSize : n) : throw new InputException($"{where}: '{term}' is not a number or a known constant");
    }
}
