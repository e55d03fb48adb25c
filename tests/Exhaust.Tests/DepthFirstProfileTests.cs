using VmoKernel.Checks.Cli;

namespace VmoKernel.Tests.Exhaust;

/// <summary>The <c>exhaustive</c> profile runs Coyote's depth-first search and says when it ran every schedule within its step bound.</summary>
public sealed class DepthFirstProfileTests
{
    [Fact]
    public void DepthFirstSearchExhaustsPingPongWithinTheStepBound()
    {
        var (exit, output, _) = CliRunner.Run("explore", "--profile", "exhaustive", "--test", "PingPong");

        Assert.Equal(ExitCode.Ok, exit);
        Assert.Contains("ok   PingPong: 361 iterations", output);
        Assert.Contains("schedule space exhausted within 12 steps", output);
    }
}
