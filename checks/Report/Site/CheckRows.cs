using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Proofs;
using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// The rows of an entry's checks table: each check's kind, its name with what a reviewer needs to judge
/// it (a scenario's text, an obligation's formula, the bug a twin plants), a link to the file and line
/// that defines it, and, when a run's results are given, its last verdict.
/// </summary>
public sealed class CheckRows(SourceBundle bundle, SourceIndex index, RunResults? results)
{
    private readonly Dictionary<string, ScenarioDocument> _scenarioFiles = [];

    public IReadOnlyList<string> Headers => results is null ? ["kind", "check", "defined at"] : ["kind", "check", "defined at", "last run"];

    public IReadOnlyList<IReadOnlyList<string>> For(MatrixRow row) =>
        [.. CheckKinds.All.SelectMany(row.Of).Select(Row)];

    /// <summary>The verdict of one check in the last run (NotRun without results).</summary>
    public CheckVerdict Verdict(Citation check) => results?.VerdictFor(check, Obligation(check)?.Name) ?? CheckVerdict.NotRun;

    private IReadOnlyList<string> Row(Citation check)
    {
        var (name, details) = Describe(check);
        var where = Location(check) is { } at ? bundle.LinkTo(at.File, at.Line) : "";
        var kind = Html.Escape(check.Kind.Title());
        return results is null ? [kind, name + details, where] : [kind, name + details, where, Verdict(check).Html];
    }

    private (string Name, string Details) Describe(Citation check)
    {
        var name = $"<code>{Html.Escape(check.Name)}</code>";
        switch (check.Kind)
        {
            case CheckKind.Scenario when Scenario(check) is { } scenario:
                return (name, $"<details><summary>scenario text</summary><pre>{Html.Escape(ScenarioText(scenario))}</pre></details>");
            case CheckKind.Proof when Obligation(check) is { } obligation:
                return (name, $"<br>{Html.Escape(obligation.Formula)}");
            case CheckKind.Mutant when MutantCatalog.Find(check.Name) is { } mutant:
                return (name, $"<br>plants: {Html.Escape(mutant.Bug)}");
            case CheckKind.SeededBug when SeededBugCatalog.All.FirstOrDefault(b => b.Name == check.Name) is { } bug:
                return (name, $"<br>hunted by the {Html.Escape(bug.Harness.Name)} harness");
            default:
                return (name, "");
        }
    }

    private (string File, int Line)? Location(Citation check)
    {
        var reference = check.Reference is { } r ? r[(r.IndexOf(':') + 1)..] : null;
        return check.Kind switch
        {
            CheckKind.Scenario => Scenario(check) is { } s ? (s.File, s.Line) : null,
            CheckKind.Monitor => index.Type(check.Name),
            CheckKind.CoyoteTest when reference is null => index.Type(check.Name + "Harness") ?? index.Type(check.Name),
            CheckKind.Proof or CheckKind.Predicate when reference is not null => index.Member(reference),
            CheckKind.SeededBug => index.Member($"SeededBug.{check.Name}"),
            CheckKind.Mutant => index.Literal("checks", check.Name),
            _ => TestOrigin(check.Origin),
        };
    }

    /// <summary>A test citation's origin is <c>tests/x.cs:12</c>, the line of its trait.</summary>
    private static (string File, int Line)? TestOrigin(string origin)
    {
        var colon = origin.LastIndexOf(':');
        return colon > 0 && int.TryParse(origin[(colon + 1)..], out var line) ? (origin[..colon], line) : null;
    }

    private static Obligation? Obligation(Citation check) =>
        check.Kind != CheckKind.Proof ? null
        : ObligationCatalog.All.FirstOrDefault(o => $"{o.Build.Method.DeclaringType!.Name}.{o.Build.Method.Name} ({o.Transition})" == check.Name);

    /// <summary>A scenario citation's origin is <c>scenarios/x.scn#"name"</c>.</summary>
    private ScenarioDefinition? Scenario(Citation check)
    {
        var split = check.Origin.IndexOf("#\"", StringComparison.Ordinal);
        if (split < 0)
        {
            return null;
        }

        var file = check.Origin[..split];
        if (!_scenarioFiles.TryGetValue(file, out var document))
        {
            _scenarioFiles[file] = document = ScenarioParser.ParseFile(Path.Combine(bundle.Root, file), file);
        }

        var name = check.Origin[(split + 2)..^1];
        return document.Scenarios.FirstOrDefault(s => s.Name == name);
    }

    /// <summary>The scenario as written, from its <c>scenario</c> line to its <c>end</c>.</summary>
    private string ScenarioText(ScenarioDefinition scenario)
    {
        var lines = File.ReadAllLines(Path.Combine(bundle.Root, scenario.File)).Skip(scenario.Line - 1).ToList();
        var end = lines.FindIndex(l => l.Trim() == "end");
        return string.Join('\n', end < 0 ? lines : lines.Take(end + 1));
    }
}
