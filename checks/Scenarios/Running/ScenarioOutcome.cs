using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>One scenario's run on one host.</summary>
public sealed record ScenarioOutcome(ScenarioDefinition Scenario, string Host, IReadOnlyList<StatementFailure> Failures)
{
    public bool Passed => Failures.Count == 0;
}
