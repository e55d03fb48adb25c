using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>The arguments of a symbolic zx_vmo_op_range on VMO A: its handle, the op number, offset and size.</summary>
public sealed record OpRangeCall(SymbolicHandle Vmo, BitVecExpr Op, BitVecExpr Offset, BitVecExpr Size);
