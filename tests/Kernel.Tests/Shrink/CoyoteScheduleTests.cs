using VmoKernel.Checks.Exploration.Shrink;

namespace VmoKernel.Tests.Kernel.Shrink;

/// <summary>The shrinker's reading and editing of Coyote 1.7 trace steps.</summary>
public sealed class CoyoteScheduleTests
{
    private const string Trace = """
        {
          "TestName": "",
          "CoyoteVersion": "1.7.11.0",
          "Settings": { "Strategy": "random", "StrategyBound": 0, "Seed": 7, "MaxUnfairSchedulingSteps": 5000 },
          "Steps": [
            "op(0:26),sp(Create),next(0:26)",
            "op(0:26),sp(Send),next(4:1752)",
            "op(4:1752),int(3)",
            "op(4:1752),sp(Complete),next(0:26)"
          ]
        }
        """;

    [Fact]
    public void CountsSchedulingChoicesContextSwitchesAndValueChoices()
    {
        var schedule = CoyoteSchedule.Parse(Trace);

        Assert.Equal(4, schedule.Steps.Count);
        Assert.Equal(3, schedule.SchedulingChoices);
        Assert.Equal(2, schedule.ContextSwitches);
        Assert.Equal(1, schedule.ValueChoices);
    }

    [Fact]
    public void EditsKeepCoyotesStepFormat()
    {
        Assert.Equal("op(0:26),sp(Send),next(0:26)", CoyoteSchedule.StayOnCurrent("op(0:26),sp(Send),next(4:1752)"));
        Assert.Equal("op(4:1752),int(0)", CoyoteSchedule.FirstOption("op(4:1752),int(3)"));
        Assert.True(CoyoteSchedule.IsFirstOption("op(4:1752),int(0)"));
        Assert.False(CoyoteSchedule.IsFirstOption("op(4:1752),int(3)"));
    }

    [Fact]
    public void ContinuationAndStepsRoundTripThroughJson()
    {
        var schedule = CoyoteSchedule.Parse(Trace).WithSteps(["op(0:26),sp(Create),next(0:26)"]).ContinuedBy(Continuation.FirstChoices);

        var reread = CoyoteSchedule.Parse(schedule.ToJson());

        Assert.Equal(["op(0:26),sp(Create),next(0:26)"], reread.Steps);
        Assert.Equal(Continuation.FirstChoices, reread.Continuation);
    }

    [Fact]
    public void SomethingElseIsAFormatError() =>
        Assert.Throws<FormatException>(() => CoyoteSchedule.Parse("""{ "Steps": ["op(x),sp(Create),next(0:1)"], "Settings": {} }"""));
}
