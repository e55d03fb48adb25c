using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>
/// Where a scenario runs: a fresh kernel of some kind and the context its calls run in (directly
/// for the model; inside one Coyote schedule for the actor kernel). Each call of
/// <see cref="Run"/> starts from a fresh kernel and must not throw.
/// </summary>
public interface IScenarioHost
{
    /// <summary>Short name shown beside failures when several hosts run: <c>model</c>, <c>kernel</c>.</summary>
    string Name { get; }

    /// <summary>Runs the scenario on a fresh kernel; the failures in line order, none when it passed.</summary>
    IReadOnlyList<StatementFailure> Run(ScenarioDefinition scenario);
}
