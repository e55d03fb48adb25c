namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// Exploration tests run one at a time within this collection, beside the other collections. A Coyote engine
/// schedules one operation at a time, so it keeps one core busy; when this collection ran alone after every other
/// test (DisableParallelization), the second core idled for three minutes of every CI run. The longest hunts have a
/// collection of their own (<see cref="LongHuntCollection"/>), so the two halves share the 2 cores. Nothing here
/// is timed: every budget is iterations under a fixed seed, so sharing a core changes no outcome.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ExplorationCollection
{
    public const string Name = "Coyote exploration";
}
