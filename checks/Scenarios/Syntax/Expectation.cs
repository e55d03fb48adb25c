using VmoKernel.Abi;

namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary><c>=> STATUS [VALUE]</c>: the status the call must return and, when given, the value it must match.</summary>
public sealed record Expectation(Status Status, Expr? Value);
