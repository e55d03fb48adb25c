using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Scenarios.Running;
using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Checks.Scenarios;

/// <summary>
/// The whole of <c>checks scenario</c> after argument parsing: find the files, parse and check all
/// of them, and only if every file is well-formed run every scenario on every host.
/// Exit 2 with one <c>file:line: message</c> per static error on standard error (nothing runs),
/// else the <see cref="ScenarioReport"/> on standard output and exit 0 or 1.
/// </summary>
public static class ScenarioSuite
{
    public static int Run(IReadOnlyList<string> paths, string workingDirectory, IReadOnlyList<IScenarioHost> hosts, TextWriter output, TextWriter error)
    {
        var documents = ScenarioFiles.Discover(paths, workingDirectory)
            .Select(Parse)
            .ToList();
        var diagnostics = documents.SelectMany(d => d.Diagnostics).ToList();
        if (diagnostics.Count > 0)
        {
            foreach (var diagnostic in diagnostics)
            {
                error.WriteLine(diagnostic);
            }

            return Cli.ExitCode.UsageOrInput;
        }

        var report = new ScenarioReport(nameHosts: hosts.Count > 1);
        foreach (var scenario in documents.SelectMany(d => d.Scenarios))
        {
            report.Add([.. hosts.Select(host => new ScenarioOutcome(scenario, host.Name, host.Run(scenario)))]);
        }

        report.WriteTo(output);
        return report.ExitCode;
    }

    private static ScenarioDocument Parse(ScenarioFiles.Entry entry)
    {
        try
        {
            return ScenarioParser.ParseFile(entry.FullPath, entry.DisplayPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read {entry.DisplayPath}: {e.Message}");
        }
    }
}
