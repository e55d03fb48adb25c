using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// Coyote against uncontrolled stress at equal wall time: for each seeded bug, its harness explored by
/// Coyote (the <c>ci</c> strategy and seed, a time budget of <c>seconds</c>) and run the same time on the
/// production runtime (<see cref="UncontrolledStress"/>). Each side stops at its first failure.
/// </summary>
public static class StressComparison
{
    public static IReadOnlyList<StressRow> Run(ExplorationProfile ci, double seconds, Action<string> progress)
    {
        var rows = new List<StressRow>();
        foreach (var bug in SeededBugCatalog.All)
        {
            var harness = bug.Harness;
            var budget = new ExplorationBudget(null, (uint)Math.Ceiling(seconds));
            var coyote = ExplorationRunner.Explore(new ExplorationRequest(harness, [bug.Name], ci, budget));
            var stress = UncontrolledStress.Run(harness, new HarnessSettings([bug.Name]), TimeSpan.FromSeconds(Math.Ceiling(seconds)));
            var row = new StressRow(bug.Name, bug.Breaks, coyote, stress);
            progress($"stress: {bug.Name}: Coyote {(row.CoyoteFound ? "found" : "missed")}, uncontrolled {(row.StressFound ? "found" : "missed")}");
            rows.Add(row);
        }

        return rows;
    }
}
