using System.Reflection;
using VmoKernel.Abi;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Profiles;

/// <summary>
/// Every seeded kernel bug (<see cref="SeededBug"/>), read from the declarations: the spec ID of its
/// <see cref="BreaksAttribute"/> and the harness of <see cref="HarnessCatalog"/> whose
/// <see cref="HuntsAttribute"/> names it. Nothing here is written twice: profiles, <c>--seeded-bug</c>,
/// traces and the report are checked against this reading. Listed harness by harness (catalogue order),
/// each harness's bugs in enum order, so a shard of the hunt keeps a harness's bugs apart.
/// </summary>
public static class SeededBugCatalog
{
    private static readonly Lazy<IReadOnlyList<SeededBugEntry>> Entries = new(Read);

    /// <summary>
    /// Every seeded bug. A bug without <c>[Breaks]</c> or without exactly one hunting harness is a
    /// defect of this program, not of the user's input: reading throws <see cref="InvalidOperationException"/>
    /// naming it (<see cref="Problems"/> lists them all, for the declaration test).
    /// </summary>
    public static IReadOnlyList<SeededBugEntry> All => Entries.Value;

    /// <summary>The seeded bug with this name; an unknown name is the user's error.</summary>
    public static SeededBugEntry Find(string name, string where = "--seeded-bug") =>
        All.FirstOrDefault(b => b.Name == name)
        ?? throw new InputException($"{where}: unknown seeded bug '{name}' (see 'checks explore --list-seeded-bugs')");

    /// <summary>The spec ID a bug's <see cref="BreaksAttribute"/> names, or null when it has none.</summary>
    public static string? BreaksOf(SeededBug bug) =>
        typeof(SeededBug).GetField(bug.ToString())?.GetCustomAttribute<BreaksAttribute>()?.SpecId;

    /// <summary>
    /// Every declaration that is missing or contradicts another, one line each, over
    /// <paramref name="harnesses"/> (default: <see cref="HarnessCatalog.All"/>) and the bugs' IDs as
    /// <paramref name="breaksOf"/> reads them (default: <see cref="BreaksOf"/>); empty when the catalogue is whole.
    /// </summary>
    public static IEnumerable<string> Problems(IReadOnlyList<ExplorationHarness>? harnesses = null, Func<SeededBug, string?>? breaksOf = null)
    {
        harnesses ??= HarnessCatalog.All;
        breaksOf ??= BreaksOf;
        foreach (var bug in Enum.GetValues<SeededBug>())
        {
            if (breaksOf(bug) is null)
            {
                yield return $"seeded bug {bug}: no [Breaks(\"ID\")] on SeededBug.{bug}";
            }

            var hunters = harnesses.Where(h => h.Hunts.Contains(bug)).Select(h => h.Name).ToList();
            if (hunters.Count != 1)
            {
                yield return $"seeded bug {bug}: hunted by {hunters.Count} harnesses ({string.Join(", ", hunters)}), expected exactly one [Hunts(SeededBug.{bug})]";
            }
        }

        foreach (var harness in harnesses)
        {
            var undeclared = harness.Hunts.Select(breaksOf).OfType<string>().Append(harness.DeadlockSpecId)
                .Where(id => !harness.ChecksSpec.Contains(id)).Distinct();
            foreach (var id in undeclared)
            {
                yield return $"harness {harness.Name}: checks {id} (its deadlocks or a bug it hunts) but its [ChecksSpec] does not name it";
            }
        }
    }

    private static IReadOnlyList<SeededBugEntry> Read()
    {
        if (Problems().FirstOrDefault() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        return [.. from harness in HarnessCatalog.All
                   from bug in Enum.GetValues<SeededBug>()
                   where harness.Hunts.Contains(bug)
                   select new SeededBugEntry(bug, BreaksOf(bug)!, harness)];
    }
}
