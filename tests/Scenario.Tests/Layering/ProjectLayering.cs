namespace VmoKernel.Tests.Scenario.Layering;

/// <summary>
/// The rooms of checks/ and the arrows between them (docs/architecture.md, "checks/ as rooms"), as rules over
/// the project graph. Each room has a layer and compiles only against rooms of lower layers, so arrows point
/// one way and cannot close a cycle; Proofs never reaches Exploration; nothing compiles against the CLI host;
/// model and impl never reach each other.
/// </summary>
internal static class ProjectLayering
{
    public const string Host = "checks/Checks.csproj";
    public const string Proofs = "checks/Proofs/Proofs.csproj";
    public const string Exploration = "checks/Exploration/Exploration.csproj";

    /// <summary>Every project under checks/ and its layer; a new room must be placed here before it builds green.</summary>
    public static readonly IReadOnlyDictionary<string, int> Layers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["checks/Cli/Cli.csproj"] = 0,
        ["checks/Scenarios/Scenarios.csproj"] = 1,
        [Proofs] = 1,
        ["checks/Exhaust/Exhaust.csproj"] = 1,
        [Exploration] = 2,
        ["checks/Report/Report.csproj"] = 3,
        ["checks/Bench/Bench.csproj"] = 4,
        [Host] = 5,
    };

    /// <summary>One line per broken rule; empty when the graph is layered.</summary>
    public static IReadOnlyList<string> Violations(ProjectGraph graph)
    {
        var problems = new List<string>();
        foreach (var project in graph.Projects.Where(p => p.StartsWith("checks/", StringComparison.Ordinal) && !Layers.ContainsKey(p)))
        {
            problems.Add($"{project}: a room of checks/ with no layer in ProjectLayering.Layers");
        }

        foreach (var reference in graph.References.Where(r => r.Compiles))
        {
            if (reference.To == Host)
            {
                problems.Add($"{reference.From} compiles against the CLI host {Host}; reference a library instead");
            }
            else if (Layers.TryGetValue(reference.From, out var from) && Layers.TryGetValue(reference.To, out var to) && to >= from)
            {
                problems.Add($"{reference.From} (layer {from}) references {reference.To} (layer {to}): arrows point to lower layers only");
            }
        }

        if (graph.Reaches(Proofs).Contains(Exploration))
        {
            problems.Add($"{Proofs} reaches {Exploration}: the proofs must build without Coyote exploration");
        }

        foreach (var (side, other) in new[] { ("model/Model.csproj", "impl/Impl.csproj"), ("impl/Impl.csproj", "model/Model.csproj") })
        {
            if (graph.Reaches(side).Contains(other))
            {
                problems.Add($"{side} reaches {other}: the model and the kernel are compared, never shared");
            }
        }

        return problems;
    }
}
