namespace VmoKernel.Checks.Proofs;

/// <summary>What the solver said about an obligation's negation: UNSAT, SAT or UNKNOWN.</summary>
public enum ProofVerdict
{
    Proved,
    Counterexample,
    Unknown,
}
