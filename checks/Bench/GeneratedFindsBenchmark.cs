using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Harnesses.Generated;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// Does the generator find what the hand harnesses find (issue 16)? Runs the <c>Generated</c> harness under the
/// <c>ci</c> profile's strategy and seed with each old seeded bug switched on in turn (every bug but the deep ones,
/// whose harnesses live in <c>Harnesses/Deep</c>), up to a number of iterations, and records the first failure.
/// Only a failure with the bug's own spec ID counts as a find.
/// </summary>
public static class GeneratedFindsBenchmark
{
    /// <summary>The seeded bugs the hand harnesses found before issue 16's deep block, in catalogue order.</summary>
    public static IEnumerable<SeededBugEntry> OldBugs => SeededBugCatalog.All.Except(DeepBugBenchmark.DeepBugs);

    public static IReadOnlyList<GeneratedFind> Run(ExplorationProfile ci, uint iterations, IEnumerable<SeededBugEntry> bugs, Action<string> progress)
    {
        var generated = HarnessCatalog.All.OfType<GeneratedHarness>().Single();
        var finds = new List<GeneratedFind>();
        foreach (var bug in bugs)
        {
            var outcome = ExplorationRunner.Explore(new ExplorationRequest(generated, [bug.Name], ci, ExplorationBudget.OfIterations(iterations)));
            var spec = outcome.Failure?.SpecId;
            var find = new GeneratedFind(
                bug.Name, bug.Breaks, spec == bug.Breaks ? outcome.Iterations : null, outcome.FoundBug && spec != bug.Breaks ? spec ?? "(no spec)" : null,
                outcome.Iterations, outcome.Elapsed.TotalSeconds);
            progress(find.Found
                ? $"generated finds: {bug.Name} ({bug.Breaks}) at iteration {find.FoundAt}, {find.Seconds:F1} s"
                : $"generated finds: {bug.Name} ({bug.Breaks}) missed{(find.OtherSpecId is { } other ? $": stopped at {other}" : "")} after {find.Iterations} iterations, {find.Seconds:F1} s"
                    + (find.OtherSpecId is not null ? $"\n  {outcome.Failure!.Message.Split('\n')[0]}" : ""));
            finds.Add(find);
        }

        return finds;
    }
}
