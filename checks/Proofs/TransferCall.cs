using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// The arguments of a symbolic zx_vmo_transfer_data and the step's own choices: how many pages it
/// moved (<see cref="Moved"/>; all of them unless NO_MEMORY) and which fresh frame the n-th page of the
/// range took (<see cref="NewFrame"/>, with <see cref="NewFramePage"/> its inverse).
/// <see cref="SameVmo"/> means both handles name the same VMO.
/// </summary>
public sealed record TransferCall(
    BitVecExpr Options,
    BitVecExpr Offset,
    BitVecExpr Length,
    BitVecExpr SrcOffset,
    SymbolicHandle Dst,
    SymbolicHandle Src,
    BoolExpr SameVmo,
    BitVecExpr Moved,
    SymbolicMap NewFrame,
    SymbolicMap NewFramePage);
