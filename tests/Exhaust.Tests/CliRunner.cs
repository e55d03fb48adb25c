using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Exhaust;

/// <summary>Runs the CLI as a process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int Exit, string Output, string Error) Run(params string[] args) => CliProcess.Run(args);
}
