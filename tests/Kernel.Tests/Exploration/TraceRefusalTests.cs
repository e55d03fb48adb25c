using System.Text.Json;
using System.Text.Json.Nodes;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Replay;
using VmoKernel.Checks.Exploration.Traces;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// A saved trace replays only against what recorded it: another test or other seeded-bug switches are
/// refused with one line; other sources or an edited header are refused unless <c>--force</c> turns them
/// into a warning; the CLI replays a good trace to the same failure, and one that no longer fails exits 4.
/// </summary>
public sealed class TraceRefusalTests() : ExplorationTest("ci")
{
    private const string SeededBug = "DontNeedNotImmediate";

    [Fact]
    public void ReplayCommandWithActorsPrintsNumberedStepsAndExitsOneWithTheSameFailure()
    {
        var path = RecordTrace();
        var failure = TraceFile.Load(path).Failure;

        var (code, stdout, _) = ExploreCommandTests.Run("replay", path, "--actors");

        Assert.Equal(1, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^\s+1\. ", lines[1]);
        Assert.Equal($"failure reproduced: {failure}", lines[^1]);
        Assert.Equal(stdout, ExploreCommandTests.Run("replay", path, "--actors").Stdout);
    }

    [Fact]
    public void ReplayCommandTellsTheStoryByDefaultEndingInTheSpecStatement()
    {
        var (code, stdout, _) = ExploreCommandTests.Run("replay", RecordTrace());

        Assert.Equal(1, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^handles: h\d+ = VMO \d+", lines[1]);
        Assert.Contains(lines, l => l.Contains("user thread", StringComparison.Ordinal) && l.Contains("<- fails here", StringComparison.Ordinal));
        Assert.Matches(@"^  INV-LOCKLESS-04: .+ \(spec/lockless\.md:\d+\)$", lines[^2]);
        Assert.True(lines.Length < 30, $"{lines.Length} lines");
    }

    [Fact]
    public void ReplayCommandWritesADiagramButNeverOverAnExistingFileWithoutForce()
    {
        var path = RecordTrace();
        var diagram = Path.Combine(Path.GetDirectoryName(path)!, "race.mmd");
        File.WriteAllText(diagram, "kept");

        var refused = ExploreCommandTests.Run("replay", path, "--diagram", diagram);
        Assert.Equal(2, refused.Code);
        Assert.Equal($"error: --diagram {diagram} already exists (pass --force to overwrite it)\n", refused.Stderr);
        Assert.Equal("kept", File.ReadAllText(diagram));

        Assert.Equal(1, ExploreCommandTests.Run("replay", path, "--diagram", diagram, "--force").Code);
        Assert.StartsWith("sequenceDiagram\n", File.ReadAllText(diagram), StringComparison.Ordinal);
    }

    [Fact]
    public void TraceThatNoLongerFailsPrintsOneLineAndExitsFour()
    {
        // The same schedule without the seeded bug: the "fixed" kernel runs it to the end.
        var path = Edit(RecordTrace(), json => json["seededBugs"] = new JsonArray());

        var (code, stdout, stderr) = ExploreCommandTests.Run("replay", path, "--force");

        Assert.Equal(4, code);
        Assert.StartsWith("trace no longer fails: LocklessVersusReclaim ran to the end of its schedule", stdout, StringComparison.Ordinal);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("warning: trace's header or steps do not match its digest", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void PrintedReplayCommandWorksFromASubfolder()
    {
        var root = Path.GetDirectoryName(ProfileCatalog.FindNearest(Directory.GetCurrentDirectory()))!;
        var command = ReplayCommand.For(Path.Combine(root, "out", "traces", "X.json"), Path.Combine(root, "spec"));

        Assert.Equal($"dotnet run --project ../checks -- replay {Path.Combine("..", "out", "traces", "X.json")}", command);
    }

    [Fact]
    public void ReplayCommandRefusesATraceOfAnotherTestWithOneLineAndExitTwo()
    {
        var (code, stdout, stderr) = ExploreCommandTests.Run("replay", RecordTrace(), "--test", "LockVersusReclaim");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal("error: trace is from test 'LocklessVersusReclaim', not 'LockVersusReclaim'\n", stderr.Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public void TraceFromOtherSourcesIsRefusedWithoutForceAndWarnedWithIt()
    {
        var trace = TraceFile.Sealed(TraceFile.Load(RecordTrace()) with { SourceDigest = "0123456789abcdef" });

        var error = Assert.Throws<InputException>(() => TraceReplayer.Admit(trace));
        using var warnings = new StringWriter();
        TraceReplayer.Admit(trace, force: true, warnings: warnings);

        Assert.StartsWith("trace was recorded from other sources (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("pass --force to replay it anyway", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("warning: trace was recorded from other sources", warnings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TraceRecordedInAnotherConfigurationOrReleaseIsAdmittedWithoutWarning()
    {
        var trace = TraceFile.Sealed(TraceFile.Load(RecordTrace()) with { Configuration = "Release", Release = "9.9.9+000000000000" });
        using var warnings = new StringWriter();

        TraceReplayer.Admit(trace, force: true, warnings: warnings);

        Assert.Equal("", warnings.ToString());
    }

    [Fact]
    public void TraceFromAnotherTestIsRefused()
    {
        var trace = TraceFile.Load(RecordTrace());

        var error = Assert.Throws<InputException>(() => TraceReplayer.Admit(trace, expectedTest: "LockVersusReclaim"));

        Assert.Equal("trace is from test 'LocklessVersusReclaim', not 'LockVersusReclaim'", error.Message);
    }

    [Fact]
    public void TraceWithOtherSeededBugSwitchesIsRefused()
    {
        var trace = TraceFile.Load(RecordTrace());

        var error = Assert.Throws<InputException>(() => TraceReplayer.Admit(trace, expectedSeededBugs: []));

        Assert.Equal($"trace was recorded with seeded bugs [{SeededBug}], not []", error.Message);
    }

    [Fact]
    public void TraceEditedToClaimOtherSwitchesIsRefused()
    {
        var path = Edit(RecordTrace(), json => json["seededBugs"] = new JsonArray("AlwaysNeedRangeNotPromoted"));

        var error = Assert.Throws<InputException>(() => TraceReplayer.Admit(TraceFile.Load(path)));

        Assert.StartsWith("trace's header or steps do not match its digest (was the file edited?)", error.Message, StringComparison.Ordinal);
    }

    private string RecordTrace()
    {
        var outcome = HuntSeededBug(SeededBug);
        Assert.True(outcome.FoundBug);
        return TraceFile.Save(TraceFile.From(outcome), TempFolder.Create("vmo-traces-"));
    }

    private static string Edit(string path, Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(json);
        File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }
}
