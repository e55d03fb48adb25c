using System.Text.Json;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Harnesses;

namespace VmoKernel.Checks.Exploration.Profiles;

/// <summary>Reads <c>coyote.json</c> element by element, failing on the first thing it does not know.</summary>
internal sealed class ProfileReader(string file)
{
    private static readonly string[] FileKeys = ["profiles"];
    private static readonly string[] ProfileKeys =
        ["description", "strategy", "strategyBound", "seed", "maxSteps", "iterations", "timeBudgetSeconds", "tests", "seededBugs"];
    private static readonly string[] TestKeys = ["iterations", "timeBudgetSeconds"];
    private static readonly string[] SeededBugKeys = ["iterations", "timeBudgetSeconds"];
    private const string All = "all";

    public Dictionary<string, ExplorationProfile> ReadFile(JsonElement root)
    {
        Expect(root, JsonValueKind.Object, file);
        CheckKeys(root, FileKeys, file);
        var profiles = Required(root, "profiles", file);
        Expect(profiles, JsonValueKind.Object, $"{file}: profiles");
        var result = new Dictionary<string, ExplorationProfile>(StringComparer.Ordinal);
        foreach (var property in profiles.EnumerateObject())
        {
            result[property.Name] = ReadProfile(property.Name, property.Value, $"{file}: profiles.{property.Name}");
        }

        return result;
    }

    private ExplorationProfile ReadProfile(string name, JsonElement element, string where)
    {
        Expect(element, JsonValueKind.Object, where);
        CheckKeys(element, ProfileKeys, where);
        var description = OptionalString(element, "description", where) ?? "";
        var strategyName = OptionalString(element, "strategy", where) ?? throw Missing("strategy", where);
        var strategy = Enum.GetValues<ExplorationStrategy>()
            .Where(s => s.ToString().Equals(strategyName, StringComparison.OrdinalIgnoreCase))
            .Select(s => (ExplorationStrategy?)s).FirstOrDefault()
            ?? throw new InputException($"{where}.strategy: unknown strategy '{strategyName}' (known: random, probabilistic, prioritization, portfolio, dfs)");
        var bound = OptionalCount(element, "strategyBound", where);
        var seed = OptionalCount(element, "seed", where) ?? throw Missing("seed", where);
        var maxSteps = OptionalCount(element, "maxSteps", where) ?? throw Missing("maxSteps", where);
        var defaultBudget = Budget(element, where, null);
        var tests = ReadTests(Required(element, "tests", where), $"{where}.tests", defaultBudget);
        var bugs = element.TryGetProperty("seededBugs", out var bugElement)
            ? ReadSeededBugs(bugElement, $"{where}.seededBugs", defaultBudget)
            : [];
        CheckHuntersListed(bugs, tests, $"{where}.seededBugs");
        return new ExplorationProfile(name, description, strategy, bound, seed, maxSteps, tests, bugs);
    }

    private List<ProfileTest> ReadTests(JsonElement element, string where, ExplorationBudget? defaultBudget)
    {
        if (element.ValueKind == JsonValueKind.String && element.GetString() == All)
        {
            return [.. HarnessCatalog.All.Select(h => new ProfileTest(h.Name, defaultBudget ?? throw NoBudget(where)))];
        }

        Expect(element, JsonValueKind.Object, where, $"an object or \"{All}\"");
        return [.. element.EnumerateObject().Select(p =>
        {
            var at = $"{where}.{p.Name}";
            var harness = ProfileCatalog.KnownTest(p.Name, at);
            Expect(p.Value, JsonValueKind.Object, at);
            CheckKeys(p.Value, TestKeys, at);
            return new ProfileTest(harness.Name, Budget(p.Value, at, defaultBudget) ?? throw NoBudget(at));
        })];
    }

    private List<ProfileSeededBug> ReadSeededBugs(JsonElement element, string where, ExplorationBudget? defaultBudget)
    {
        if (element.ValueKind == JsonValueKind.String && element.GetString() == All)
        {
            return [.. SeededBugCatalog.All.Select(b => new ProfileSeededBug(b, defaultBudget ?? throw NoBudget(where)))];
        }

        Expect(element, JsonValueKind.Object, where, $"an object or \"{All}\"");
        return [.. element.EnumerateObject().Select(p =>
        {
            var at = $"{where}.{p.Name}";
            var bug = SeededBugCatalog.Find(p.Name, at);
            Expect(p.Value, JsonValueKind.Object, at);
            CheckKeys(p.Value, SeededBugKeys, at);
            return new ProfileSeededBug(bug, Budget(p.Value, at, defaultBudget) ?? throw NoBudget(at));
        })];
    }

    // A profile that hunts a bug explores its hunting harness too: the clean run is what shows that a
    // failure found with the bug on comes from the bug, not from the harness.
    private static void CheckHuntersListed(List<ProfileSeededBug> bugs, List<ProfileTest> tests, string where)
    {
        if (bugs.FirstOrDefault(b => tests.All(t => t.Test != b.Bug.Harness.Name)) is { } unlisted)
        {
            throw new InputException($"{where}.{unlisted.Bug.Name}: hunted by harness '{unlisted.Bug.Harness.Name}', which the profile's tests do not list");
        }
    }

    private static ExplorationBudget? Budget(JsonElement element, string where, ExplorationBudget? inherited)
    {
        var iterations = OptionalCount(element, "iterations", where);
        var seconds = OptionalCount(element, "timeBudgetSeconds", where);
        return (iterations, seconds) switch
        {
            ({ }, { }) => throw new InputException($"{where}: give iterations or timeBudgetSeconds, not both"),
            ({ } n, null) => new ExplorationBudget(n, null),
            (null, { } s) => new ExplorationBudget(null, s),
            _ => inherited,
        };
    }

    private static void CheckKeys(JsonElement element, string[] known, string where)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new InputException($"{where}: unknown key '{property.Name}' (known: {string.Join(", ", known)})");
            }
        }
    }

    private static JsonElement Required(JsonElement element, string key, string where) =>
        element.TryGetProperty(key, out var value) ? value : throw Missing(key, where);

    private static string? OptionalString(JsonElement element, string key, string where)
    {
        if (!element.TryGetProperty(key, out var value))
        {
            return null;
        }

        Expect(value, JsonValueKind.String, $"{where}.{key}");
        return value.GetString();
    }

    private static uint? OptionalCount(JsonElement element, string key, string where)
    {
        if (!element.TryGetProperty(key, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetUInt32(out var n) && n > 0
            ? n
            : throw new InputException($"{where}.{key}: expected a positive whole number, got {value.GetRawText()}");
    }

    private static void Expect(JsonElement element, JsonValueKind kind, string where, string? what = null)
    {
        if (element.ValueKind != kind)
        {
            throw new InputException($"{where}: expected {what ?? "a " + kind.ToString().ToLowerInvariant()}, got {element.ValueKind.ToString().ToLowerInvariant()}");
        }
    }

    private static InputException Missing(string key, string where) => new($"{where}: missing key '{key}'");

    private static InputException NoBudget(string where) =>
        new($"{where}: no budget (give iterations or timeBudgetSeconds here or on the profile)");
}
