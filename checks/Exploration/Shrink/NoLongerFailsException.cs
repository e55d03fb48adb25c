namespace VmoKernel.Checks.Exploration.Shrink;

/// <summary>A saved trace replayed to its end without failing (the bug was fixed): exit 4, not an internal error.</summary>
public sealed class NoLongerFailsException(string message) : Exception(message);
