using VmoKernel.Checks;
using VmoKernel.Checks.Cli;

namespace VmoKernel.Tests.Scenario;

/// <summary>Usage errors of the CLI itself: one line <c>error: ...</c> on standard error, exit 2, nothing else.</summary>
public sealed class CliUsageErrorTests
{
    [Theory]
    [InlineData(new[] { "bogus" }, "error: Unrecognized command or argument 'bogus'.\n")]
    [InlineData(new[] { "explore", "--no-such-option" }, "error: Unrecognized command or argument '--no-such-option'.\n")]
    [InlineData(new string[0], "error: Required command was not provided.\n")]
    public void AUsageErrorIsOneLineAndExitTwo(string[] args, string expected)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        Assert.Equal((ExitCode.UsageOrInput, "", expected), (exit, output.ToString(), error.ToString()));
    }
}
