using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// One symbolic step: the state after, the status returned, and the facts that define the step's own
/// choices (fresh frames, how many pages a NO_MEMORY transfer moved). Step(s, call, s') is
/// <see cref="Defines"/> with <see cref="After"/> and <see cref="Status"/> as terms over s and the call.
/// </summary>
public sealed record StepOutcome(SymbolicKernel After, BitVecExpr Status, BoolExpr Defines);
