namespace VmoKernel.Checks.Proofs;

/// <summary>The native Z3 library cannot be loaded or used; the message is one line saying why.</summary>
public sealed class SolverUnavailableException(string message) : Exception(message);
