using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// The arguments of a symbolic zx_vmo_transfer_data and the step's own choice of how many pages it
/// moved (<see cref="Moved"/>; all of them unless NO_MEMORY, which the model answers having moved
/// none, INV-XFER-06's empty prefix).
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
    BitVecExpr Moved);
