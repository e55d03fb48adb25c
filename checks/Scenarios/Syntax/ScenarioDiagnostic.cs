namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>A static error in a scenario file, printed as one line <c>file:line: message</c>.</summary>
public sealed record ScenarioDiagnostic(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
