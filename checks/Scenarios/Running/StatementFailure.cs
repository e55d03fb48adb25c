namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>Why the statement on <see cref="Line"/> failed, e.g. <c>expected ZX_OK, got ZX_ERR_BAD_STATE</c>.</summary>
public sealed record StatementFailure(int Line, string Message);
