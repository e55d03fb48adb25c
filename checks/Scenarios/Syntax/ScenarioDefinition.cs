using System.Collections.Immutable;

namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>One <c>scenario "name" ... end</c> block of <see cref="File"/>, starting on <see cref="Line"/>.</summary>
public sealed record ScenarioDefinition(string File, string Name, int Line, string? Source, ImmutableArray<Statement> Statements);
