using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Replay;
using VmoKernel.Checks.Exploration.Traces;
using VmoKernel.Tests.Kernel.Exploration;

namespace VmoKernel.Tests.Kernel.Pinned;

/// <summary>
/// One shrunk trace per seeded bug, pinned as a regression test (Shuttle's pinned schedules): each
/// replays to its bug's spec ID and tells exactly its golden story (<c>NAME.story.txt</c>) and diagram
/// (<c>NAME.mmd</c>, which <c>.ci/render-diagrams.sh</c> renders). They also guard every place that reads
/// Coyote or kernel internals (the executed schedule, peek replies): an upgrade that breaks replay fails
/// here by name. Traces are admitted with <c>force</c>, since every change to the sources changes their
/// digest; a schedule that no longer applies still fails. After an intended change to the story, run
/// the tests with <c>VMO_UPDATE_PINNED=1</c> to rewrite the goldens and review the diff.
/// </summary>
[Collection(ExplorationCollection.Name)]
public sealed class PinnedTraceTests
{
    private static readonly string Folder = Path.Combine(
        Path.GetDirectoryName(ProfileCatalog.FindNearest(Directory.GetCurrentDirectory()))!, "tests", "Kernel.Tests", "Pinned");

    public static TheoryData<string> SeededBugs => [.. SeededBugCatalog.All.Select(b => b.Name)];

    [Fact]
    public void EverySeededBugHasAPinnedTraceAndNothingElseIsPinned()
    {
        var pinned = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(SeededBugCatalog.All.Select(b => b.Name).Order(StringComparer.Ordinal), pinned);
    }

    [Theory]
    [MemberData(nameof(SeededBugs))]
    public void PinnedTraceReplaysToItsBugWithItsGoldenStoryAndDiagram(string seededBug)
    {
        var trace = TraceFile.Load(Path.Combine(Folder, $"{seededBug}.json"));
        var request = TraceReplayer.Admit(trace, expectedSeededBugs: [seededBug], force: true);
        var log = new StepLog(verbose: false);

        var outcome = TraceReplayer.Replay(trace, request, log);

        Assert.Equal(SeededBugCatalog.All.Single(b => b.Name == seededBug).Breaks, outcome.Failure?.SpecId);
        Assert.Equal(trace.Failure, outcome.Failure!.Message);
        var story = string.Join("\n", StoryView.Of(log.Timeline, outcome.Failure.Message, outcome.Failure.SpecId)) + "\n";
        var diagram = SequenceDiagram.Of(log.Timeline, outcome.Failure.Message, outcome.Failure.SpecId);
        AssertGolden($"{seededBug}.story.txt", story);
        AssertGolden($"{seededBug}.mmd", diagram);
    }

    private static void AssertGolden(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable("VMO_UPDATE_PINNED") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden {path} (run with VMO_UPDATE_PINNED=1 to write it)");
        Assert.Equal(File.ReadAllText(path).Replace("\r", "", StringComparison.Ordinal), actual);
    }
}
