using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>The arguments of a symbolic zx_vmo_create_child of VMO A: its handle, the options, offset and size.</summary>
public sealed record CreateChildCall(SymbolicHandle Vmo, BitVecExpr Options, BitVecExpr Offset, BitVecExpr Size)
{
    public static CreateChildCall Fresh(Terms t) => new(
        SymbolicHandle.Fresh(t, "call.vmo"), t.Const("call.options", t.Ctx.MkBitVecSort(32)), t.Word64("call.offset"), t.Word64("call.size"));

    /// <summary>Option bit <paramref name="option"/> (a ZX_VMO_CHILD_ flag) is set.</summary>
    public BoolExpr Has(Terms t, uint option) =>
        t.Ctx.MkNot(t.Ctx.MkEq(t.Ctx.MkBVAND(Options, t.Ctx.MkBV(option, 32)), t.Ctx.MkBV(0, 32)));
}
