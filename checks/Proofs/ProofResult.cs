namespace VmoKernel.Checks.Proofs;

/// <summary>
/// The outcome of one obligation: its verdict, the time the solver took, and the counterexample
/// (a printed kernel state and call) or the solver's reason for UNKNOWN.
/// </summary>
public sealed record ProofResult(Obligation Obligation, Mutant Mutant, ProofVerdict Verdict, TimeSpan Elapsed, string Detail)
{
    public bool Proved => Verdict == ProofVerdict.Proved;
}
