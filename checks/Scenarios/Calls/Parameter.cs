namespace VmoKernel.Checks.Scenarios.Calls;

/// <summary>One parameter of a call as the scenario form writes it: the real C name and its kind.</summary>
public sealed record Parameter(string Name, ParameterKind Kind);
