using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// What one obligation asks the solver: <see cref="Premise"/> is Inv(s) ∧ Step(s, call, s') and
/// <see cref="Violation"/> is ¬Post, so UNSAT of their conjunction proves the obligation and a model is
/// a counterexample. The premise alone must be satisfiable, or the proof is vacuous. The rest says how to print a
/// counterexample as a kernel state and a call: the states before and after, the call's name and
/// arguments, its status, and the pages and frames worth showing (the witnesses of ¬Post).
/// Obligations about arithmetic alone have no states.
/// </summary>
public sealed record ObligationQuery(
    BoolExpr Premise,
    BoolExpr Violation,
    SymbolicKernel? Before,
    SymbolicKernel? After,
    string CallName,
    IReadOnlyList<CallArgument> Arguments,
    BitVecExpr? Status,
    IReadOnlyList<BitVecExpr> WatchedPages,
    IReadOnlyList<BitVecExpr> WatchedFrames)
{
    public BoolExpr Negation(Context ctx) => ctx.MkAnd(Premise, Violation);
}
