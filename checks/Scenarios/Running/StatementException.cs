namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>
/// A statement could not be carried out as written (a handle that does not fit 32 bits, a field the
/// record lacks, an index past the end). Thrown while evaluating one statement and caught by the
/// runner, which reports it as that statement's failure; it never reaches the user as an exception.
/// </summary>
public sealed class StatementException(string message) : Exception(message);
