using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Replay;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Checks.Exploration.Traces;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// The one owner of Coyote configuration in tests: every exploration test names a profile of the
/// repository's <c>coyote.json</c> and runs harnesses with that profile's strategy, seed, step bound
/// and budgets, exactly as <c>checks explore</c> would. Exploration tests share two collections (this one and
/// <see cref="LongHuntCollection"/>), each running its tests one at a time, so exploration keeps at most two engines busy.
/// </summary>
[Collection(ExplorationCollection.Name)]
public abstract class ExplorationTest(string profileName)
{
    protected ExplorationProfile Profile { get; } = ProfileCatalog.LoadNearest().Find(profileName);

    /// <summary>Explores a harness with every seeded bug off, under the profile's budget for it.</summary>
    protected ExplorationOutcome ExploreClean(string test)
    {
        var budget = Profile.Tests.Single(t => t.Test == test).Budget;
        return ExplorationRunner.Explore(new ExplorationRequest(HarnessCatalog.Find(test), [], Profile, budget));
    }

    /// <summary>Hunts a seeded bug with the harness and budget the profile gives it.</summary>
    protected ExplorationOutcome HuntSeededBug(string seededBug)
    {
        var entry = Profile.SeededBugs.Single(b => b.Bug.Name == seededBug);
        return ExplorationRunner.Explore(new ExplorationRequest(entry.Bug.Harness, [seededBug], Profile, entry.Budget));
    }

    /// <summary>Asserts the run found a bug violating exactly <paramref name="specId"/>, then saves, reloads and replays its trace and asserts the same failure again.</summary>
    protected static (ExplorationTrace Trace, StepLog Log) AssertFailsAndReplays(ExplorationOutcome outcome, string specId)
    {
        Assert.True(outcome.FoundBug, $"no bug found in {outcome.Iterations} iterations ({outcome.Steps} steps)");
        Assert.Equal(specId, outcome.Failure!.SpecId);
        Assert.StartsWith($"{specId}: ", outcome.Failure.Message, StringComparison.Ordinal);

        var directory = TempFolder.Create("vmo-traces-");
        var trace = TraceFile.Load(TraceFile.Save(TraceFile.From(outcome), directory));
        var request = TraceReplayer.Admit(trace);
        var log = new StepLog(verbose: false);
        var replayed = TraceReplayer.Replay(trace, request, log);
        Assert.Equal(outcome.Failure.Message, replayed.Failure?.Message);
        Assert.NotNull(log.Failure);
        Assert.Contains($"FAILED {log.Failure}", log.Steps[^1], StringComparison.Ordinal);
        return (trace, log);
    }
}
