namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>A call broke an invariant of the model (its message starts with the spec ID); the scenario fails at that call.</summary>
public sealed class InvariantBrokenException(string message) : Exception(message);
