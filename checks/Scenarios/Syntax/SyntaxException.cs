namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>
/// A malformed line. Thrown inside the lexer and parser only; <see cref="ScenarioParser"/> turns it
/// into a <see cref="ScenarioDiagnostic"/> with the line number, so it never reaches the user.
/// </summary>
public sealed class SyntaxException(string message) : Exception(message);
