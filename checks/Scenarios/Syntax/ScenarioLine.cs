namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>What one non-blank line of a scenario file says; <see cref="ScenarioParser"/> assembles them into blocks.</summary>
public abstract record ScenarioLine;

/// <summary><c>scenario "name"</c>.</summary>
public sealed record ScenarioOpenLine(string Name) : ScenarioLine;

/// <summary><c>source "text"</c>.</summary>
public sealed record SourceLine(string Text) : ScenarioLine;

/// <summary><c>end</c>.</summary>
public sealed record EndLine : ScenarioLine;

/// <summary>A statement of a scenario body.</summary>
public sealed record StatementLine(Statement Statement) : ScenarioLine;
