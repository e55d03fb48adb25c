using System.Text.Json;
using System.Text.Json.Nodes;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Replay;
using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// A saved trace replays only against what recorded it: another tool version, another test, or other
/// seeded-bug switches are refused with one line, and the CLI replays a good trace to the same failure.
/// </summary>
public sealed class TraceRefusalTests() : ExplorationTest("ci")
{
    private const string SeededBug = "DontNeedNotImmediate";

    [Fact]
    public void ReplayCommandPrintsNumberedStepsAndExitsOneWithTheSameFailure()
    {
        var path = RecordTrace();
        var failure = TraceFile.Load(path).Failure;

        var (code, stdout, _) = ExploreCommandTests.Run("replay", path);

        Assert.Equal(1, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^\s+1\. ", lines[1]);
        Assert.Equal($"failure reproduced: {failure}", lines[^1]);
        Assert.Equal(stdout, ExploreCommandTests.Run("replay", path).Stdout);
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
    public void TraceFromAnotherToolVersionIsRefused()
    {
        var path = Edit(RecordTrace(), json => json["toolVersion"] = "0.0.0/000000000000");

        var error = Assert.Throws<InputException>(() => TraceReplayer.Admit(TraceFile.Load(path)));

        Assert.StartsWith("trace was recorded by checks 0.0.0/000000000000, this is checks ", error.Message, StringComparison.Ordinal);
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

        Assert.StartsWith("trace's test or seeded-bug switches do not match the schedule", error.Message, StringComparison.Ordinal);
    }

    private string RecordTrace()
    {
        var outcome = HuntSeededBug(SeededBug);
        Assert.True(outcome.FoundBug);
        return TraceFile.Save(TraceFile.From(outcome), Directory.CreateTempSubdirectory("vmo-traces-").FullName);
    }

    private static string Edit(string path, Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(json);
        File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }
}
