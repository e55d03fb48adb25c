using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// What one obligation asks the solver: <see cref="Premise"/> is Inv(s) ∧ Step(s, call, s') and
/// <see cref="Violation"/> is ¬Post, so UNSAT of their conjunction proves the obligation and a model is
/// a counterexample. <see cref="Hypothesis"/> is the part of the implication that sits in the violation
/// (¬Post = Hypothesis ∧ ¬Conclusion: "status = OK", "some page is pinned", "the range passes the check");
/// Premise ∧ Hypothesis must be satisfiable, or the proof is vacuous. The rest says how to print a
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
    /// <summary>The implication's own conditions beyond Inv ∧ Step (null: none); the vacuity check covers them too.</summary>
    public BoolExpr? Hypothesis { get; init; }

    /// <summary>
    /// For an obligation over a state other than <see cref="SymbolicKernel"/> (the Linux surface's areas,
    /// entries and frames): the named values to print before and after the call, in that order.
    /// </summary>
    public IReadOnlyList<(string Label, IReadOnlyList<CallArgument> Values)> States { get; init; } = [];

    public BoolExpr Negation(Context ctx) => ctx.MkAnd(Premise, Violation);

    /// <summary>The whole hypothesis, Inv ∧ Step ∧ <see cref="Hypothesis"/>: some state must satisfy it.</summary>
    public BoolExpr WholeHypothesis(Context ctx) => Hypothesis is null ? Premise : ctx.MkAnd(Premise, Hypothesis);
}
