using VmoKernel.Checks.Cli;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Scenario;

/// <summary>Usage errors of the CLI itself: one line <c>error: ...</c> on standard error, exit 2, nothing else.</summary>
public sealed class CliUsageErrorTests
{
    [Theory]
    [InlineData(new[] { "bogus" }, "error: Unrecognized command or argument 'bogus'.\n")]
    [InlineData(new[] { "explore", "--no-such-option" }, "error: Unrecognized command or argument '--no-such-option'.\n")]
    [InlineData(new string[0], "error: Required command was not provided.\n")]
    [InlineData(new[] { "bench", "--deep-bugs", "--seconds", "0" }, "error: --seconds and --runs must be positive\n")]
    [InlineData(new[] { "bench", "--deep-bugs", "--runs", "-1" }, "error: --seconds and --runs must be positive\n")]
    [InlineData(new[] { "bench", "--generated-finds", "--iterations", "0" }, "error: --iterations must be positive\n")]
    [InlineData(new[] { "bench", "--generated-finds", "--seeded-bug", "NoSuchBug" }, "error: --seeded-bug: unknown seeded bug 'NoSuchBug' (see 'checks explore --list-seeded-bugs')\n")]
    [InlineData(new[] { "bench", "--generated-finds", "--seeded-bug", "DontNeedJudgesLockFromLook" }, "error: --seeded-bug: DontNeedJudgesLockFromLook is a deep seeded bug, not one of the old ones the Generated harness is measured on\n")]
    public void AUsageErrorIsOneLineAndExitTwo(string[] args, string expected)
    {
        Assert.Equal((ExitCode.UsageOrInput, "", expected), CliProcess.Run(args));
    }
}
