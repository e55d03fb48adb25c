using VmoKernel.Checks.Scenarios.Running;

namespace VmoKernel.Checks.Scenarios;

/// <summary>
/// What <c>checks scenario</c> prints after a run (scenario-language.md, "Running"): one line per
/// failing statement, <c>file:line: scenario "name": message</c>, then <c>N passed, M failed</c>
/// counting scenarios. With several hosts a failure names its host (<c>scenario "name" [kernel]</c>)
/// and a scenario passes only when it passes on every host.
/// </summary>
public sealed class ScenarioReport(bool nameHosts)
{
    private readonly List<string> _lines = [];
    private int _passed;
    private int _failed;

    /// <summary>Adds every host's outcome of one scenario.</summary>
    public void Add(IReadOnlyList<ScenarioOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            var scenario = outcome.Scenario;
            var host = nameHosts ? $" [{outcome.Host}]" : "";
            foreach (var failure in outcome.Failures)
            {
                _lines.Add($"{scenario.File}:{failure.Line}: scenario \"{scenario.Name}\"{host}: {failure.Message}");
            }
        }

        if (outcomes.All(o => o.Passed))
        {
            _passed++;
        }
        else
        {
            _failed++;
        }
    }

    public int ExitCode => _failed == 0 ? Cli.ExitCode.Ok : Cli.ExitCode.Failed;

    public void WriteTo(TextWriter output)
    {
        foreach (var line in _lines)
        {
            output.WriteLine(line);
        }

        output.WriteLine($"{_passed} passed, {_failed} failed");
    }
}
