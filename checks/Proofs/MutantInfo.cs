namespace VmoKernel.Checks.Proofs;

/// <summary>A mutant's CLI name, the bug it plants, and the obligations (by <see cref="Obligation.Name"/>) that must refute it.</summary>
public sealed record MutantInfo(Mutant Mutant, string Name, string Bug, IReadOnlyList<string> RefutedBy);
