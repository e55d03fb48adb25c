using System.Collections.Immutable;

namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>A call as written: <c>NAME(ARGS)</c>, the name not yet checked against the call table.</summary>
public sealed record CallSite(string Name, ImmutableArray<Expr> Arguments);
