namespace VmoKernel.Checks.Cli;

/// <summary>
/// Bad usage or bad input that the user can fix. The top-level handler prints its message as one line,
/// <c>error: message</c>, and exits with <see cref="ExitCode.UsageOrInput"/>.
/// </summary>
public sealed class InputException(string message) : Exception(message);
