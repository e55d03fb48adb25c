using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Replay;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Checks.Exploration.Shrink;
using VmoKernel.Checks.Exploration.Traces;
using VmoKernel.Tests.Kernel.Exploration;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Kernel.Shrink;

/// <summary>
/// <c>checks shrink</c> on seeded-bug traces of the <c>ci</c> profile: the shrunk trace is admitted like
/// any saved trace, replays to a failure with the same spec ID, and is never longer than the original.
/// Candidate runs are bounded low so the tests take seconds.
/// </summary>
[Collection(LongHuntCollection.Name)]
public sealed class ShrinkTests() : ExplorationTest("ci")
{
    private const int Runs = 60;

    [Theory]
    [InlineData("FrameFreedTwice")]
    [InlineData("DontNeedNotImmediate")]
    [InlineData("OppositeTransfersDeadlock")]
    public void ShrunkTraceReplaysToTheSameSpecIdAndIsNoLonger(string seededBug)
    {
        var result = Shrunk(seededBug, Runs);
        var original = result.Original;

        var shrunk = TraceFile.Load(TraceFile.Save(result.Shrunk, TempFolder.Create("vmo-shrunk-")));
        var request = TraceReplayer.Admit(shrunk, original.Test, original.SeededBugs);
        var replayed = TraceReplayer.Replay(shrunk, request, new StepLog(verbose: false));
        Assert.Equal(original.SpecId, replayed.Failure?.SpecId);
        Assert.Equal(shrunk.Failure, replayed.Failure?.Message);
        Assert.True(result.After.Steps <= result.Before.Steps, $"{result.After.Steps} steps after, {result.Before.Steps} before");
        Assert.InRange(result.CandidateRuns, 1, Runs + 2);
    }

    [Fact]
    public void ShrinkingTransferVersusAccessRemovesSteps()
    {
        var result = Shrunk("FrameFreedTwice", Runs);

        Assert.True(result.After.Steps < result.Before.Steps, $"{result.After.Steps} steps after, {result.Before.Steps} before");
    }

    [Fact]
    public void ShrinkingDeletesTheCallsTheFailureDoesNotNeedAndRecordsTheWorkload()
    {
        var result = Shrunk("UnlockDoubleDecrement", 400);

        Assert.NotNull(result.Shrunk.Workload);
        Assert.True(result.After.Operations < result.Before.Operations, $"{result.After.Operations} calls after, {result.Before.Operations} before");
        Assert.True(result.After.Executed.Preemptions < result.Before.Executed.Preemptions);
        var shrunk = TraceFile.Load(TraceFile.Save(result.Shrunk, TempFolder.Create("vmo-shrunk-")));
        var log = new StepLog(verbose: false);
        var replayed = TraceReplayer.Replay(shrunk, TraceReplayer.Admit(shrunk), log);
        Assert.Equal("INV-DISC-07", replayed.Failure?.SpecId);
        Assert.Equal(result.After.Operations, log.Timeline.Calls.Count);
    }

    [Fact]
    public void AShrunkWorkloadNamesEveryValueSoItsScheduleHoldsNoValueStep()
    {
        var result = Shrunk("UnlockDoubleDecrement", 400);

        Assert.True(result.Before.Executed.ValueChoices > 0, "the found schedule drew the threads' values");
        Assert.True(result.Shrunk.Workload?.DrawsNoValues, "the shrunk workload says its threads draw nothing");
        Assert.Equal(0, result.After.Executed.ValueChoices);
    }

    [Fact]
    public void AGeneratedFindLosesTheSetUpCallsItsFailureDoesNotNeed()
    {
        // Generated's set-up chooses what it builds (tens of calls); its choices are written into the workload, so
        // deleting some of its calls cannot change what the rest build, and chunks go without a search each.
        var outcome = ExplorationRunner.Explore(new ExplorationRequest(
            HarnessCatalog.Find("Generated"), ["FrameFreedTwice"], Profile, ExplorationBudget.OfIterations(100)));
        Assert.True(outcome.FoundBug, "FrameFreedTwice not found by Generated");
        var result = TraceShrinker.Shrink(TraceFile.From(outcome), 200);

        Assert.NotNull(result.Shrunk.Workload?.SetUpChoices);
        Assert.True(result.After.Operations * 2 < result.Before.Operations, $"{result.After.Operations} calls after, {result.Before.Operations} before");
        var shrunk = TraceFile.Load(TraceFile.Save(result.Shrunk, TempFolder.Create("vmo-shrunk-")));
        var replayed = TraceReplayer.Replay(shrunk, TraceReplayer.Admit(shrunk), new StepLog(verbose: false));
        Assert.Equal("INV-MEM-01", replayed.Failure?.SpecId);
    }

    [Fact]
    public void ShrinkCommandWritesAReplayableTraceAndPrintsBeforeAndAfter()
    {
        var path = TraceFile.Save(Record("DontNeedNotImmediate"), TempFolder.Create("vmo-traces-"));
        var output = Path.Combine(Path.GetDirectoryName(path)!, "shrunk.json");

        var (code, stdout, _) = ExploreCommandTests.Run("shrink", path, "--out", output, "--max-runs", "30");

        Assert.Equal(1, code);
        Assert.Matches(@"(?m)^before\s+\d+ steps", stdout);
        Assert.Matches(@"(?m)^after\s+\d+ steps", stdout);
        Assert.True(File.Exists(path), "the original trace is kept");
        Assert.Equal(1, ExploreCommandTests.Run("replay", output).Code);
    }

    [Theory]
    [InlineData("no-such-trace.json", "error: trace file not found: no-such-trace.json\n")]
    public void ShrinkCommandRefusesBadInputWithOneLineAndExitTwo(string path, string expected)
    {
        var (code, stdout, stderr) = ExploreCommandTests.Run("shrink", path);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal(expected, stderr.Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public void ShrinkCommandRefusesMalformedJsonWithOneLine()
    {
        var path = Path.Combine(TempFolder.Create("vmo-traces-"), "bad.json");
        File.WriteAllText(path, "{ not json");

        var (code, _, stderr) = ExploreCommandTests.Run("shrink", path);

        Assert.Equal(2, code);
        Assert.StartsWith($"error: {path}:1:", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// One shrink per seeded bug and bound, shared by the tests that assert different things about it: a shrink
    /// is deterministic (the profile's seed, the same candidate order), and each takes seconds.
    /// </summary>
    private ShrinkResult Shrunk(string seededBug, int runs)
    {
        lock (Results)
        {
            if (!Results.TryGetValue((seededBug, runs), out var result))
            {
                result = TraceShrinker.Shrink(Record(seededBug), runs);
                Results[(seededBug, runs)] = result;
            }

            return result;
        }
    }

    private static readonly Dictionary<(string Bug, int Runs), ShrinkResult> Results = [];

    private ExplorationTrace Record(string seededBug)
    {
        var outcome = HuntSeededBug(seededBug);
        Assert.True(outcome.FoundBug, $"{seededBug} not found");
        return TraceFile.From(outcome);
    }
}
