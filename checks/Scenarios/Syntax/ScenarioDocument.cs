using System.Collections.Immutable;

namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>
/// A parsed scenario file: its scenarios in file order and every static error found in it.
/// A document with diagnostics must not be run.
/// </summary>
public sealed record ScenarioDocument(string File, ImmutableArray<ScenarioDefinition> Scenarios, ImmutableArray<ScenarioDiagnostic> Diagnostics)
{
    public bool IsValid => Diagnostics.IsEmpty;
}
