using System.Diagnostics;

namespace VmoKernel.Tests.Shared;

/// <summary>
/// Runs the <c>checks</c> CLI as users do, as a process: no test project compiles against the CLI host
/// (docs/architecture.md, "checks/ as rooms"), so a test of a verb's exit code and printed lines runs the
/// host built beside this test (the test project's build-only reference to checks/Checks.csproj builds it
/// first), in the test's own current folder. Standard input is closed: nothing may wait on it.
/// </summary>
internal static class CliProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    /// <summary>The host assembly of the same configuration and framework as this test (checks/bin/Debug/net10.0/checks.dll).</summary>
    public static string HostAssembly { get; } = FindHost();

    /// <summary>The exit code and everything printed, carriage returns dropped.</summary>
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        start.ArgumentList.Add(HostAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"checks {string.Join(' ', args)} ran past {Limit.TotalMinutes} minutes");
        }

        return (process.ExitCode, Clean(output.Result), Clean(error.Result));
    }

    private static string Clean(string text) => text.Replace("\r", "", StringComparison.Ordinal);

    private static string FindHost()
    {
        // This test runs from tests/NAME/bin/CONFIGURATION/FRAMEWORK/; the host was built to checks/bin/CONFIGURATION/FRAMEWORK/.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        for (var dir = here; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "vmo-kernel-model.slnx")))
            {
                var host = Path.Combine(dir.FullName, "checks", "bin", configuration, framework, "checks.dll");
                return File.Exists(host) ? host : throw new FileNotFoundException($"the checks CLI is not built at {host}");
            }
        }

        throw new DirectoryNotFoundException($"no vmo-kernel-model.slnx above {here.FullName}");
    }
}
