using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Checks.Report;

/// <summary>
/// Scenarios cite IDs in their <c>source</c> line (scenario-language.md): each catalogue or decision ID
/// named there is one citation <c>scenario:scenarios/&lt;file&gt;</c>, listed as <c>&lt;file&gt;#&lt;name&gt;</c>.
/// A scenario file with a static error is bad input.
/// </summary>
public sealed class ScenarioCitations : ICitationSource
{
    public IEnumerable<Citation> Collect(string root)
    {
        var folder = Path.Combine(root, "scenarios");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var citations = new List<Citation>();
        foreach (var path in Directory.GetFiles(folder, "*.scn", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var display = Path.GetRelativePath(root, path).Replace('\\', '/');
            var document = ScenarioParser.ParseFile(path, display);
            if (!document.IsValid)
            {
                throw new InputException(document.Diagnostics[0].ToString());
            }

            var file = Path.GetRelativePath(folder, path).Replace('\\', '/');
            foreach (var scenario in document.Scenarios.Where(s => s.Source is not null))
            {
                var origin = $"{display}#\"{scenario.Name}\"";
                var ids = SpecIds.CatalogueIdsIn(scenario.Source!).Concat(SpecIds.DecisionIdsIn(scenario.Source!)).Distinct();
                citations.AddRange(ids.Select(id => new Citation(id, CheckKind.Scenario, $"scenario:{display}", $"{file}#{scenario.Name}", origin)));
            }
        }

        return citations;
    }
}
