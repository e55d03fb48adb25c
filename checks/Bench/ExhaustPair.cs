namespace VmoKernel.Checks.Bench;

/// <summary>An invariant, the transitions Z3 proves it over (none: not proved symbolically), and whether <c>checks exhaust</c> checks it on every state and edge.</summary>
public sealed record ExhaustPair(string SpecId, IReadOnlyList<string> ProvedOver, bool CheckedExhaustively);
