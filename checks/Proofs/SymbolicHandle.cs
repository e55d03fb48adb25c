using Microsoft.Z3;
using VmoKernel.Abi;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// A handle argument as the checks see it: whether the value names a handle of the caller, whether
/// that handle is a VMO, and its rights. Which VMO slot it names is fixed by the call's encoding.
/// </summary>
public sealed record SymbolicHandle(BoolExpr Valid, BoolExpr IsVmo, BitVecExpr Rights)
{
    public static SymbolicHandle Fresh(Terms t, string name) =>
        new(t.Flag($"{name}.valid"), t.Flag($"{name}.is_vmo"), t.Const($"{name}.rights", t.Ctx.MkBitVecSort(32)));

    /// <summary>INV-HANDLE-01: BAD_HANDLE, then WRONG_TYPE, then ACCESS_DENIED unless every right in <paramref name="required"/> is held.</summary>
    public IEnumerable<(BoolExpr Fails, Status Status)> Checks(Terms t, Rights required)
    {
        var ctx = t.Ctx;
        var mask = ctx.MkBV((uint)required, 32);
        yield return (ctx.MkNot(Valid), Status.ZxErrBadHandle);
        yield return (ctx.MkNot(IsVmo), Status.ZxErrWrongType);
        yield return (ctx.MkNot(ctx.MkEq(ctx.MkBVAND(Rights, mask), mask)), Status.ZxErrAccessDenied);
    }

    /// <summary>The handle check that passes with any one of <paramref name="anyOf"/> (LOCK needs READ or WRITE, D-8).</summary>
    public IEnumerable<(BoolExpr Fails, Status Status)> ChecksAny(Terms t, Rights anyOf)
    {
        var ctx = t.Ctx;
        yield return (ctx.MkNot(Valid), Status.ZxErrBadHandle);
        yield return (ctx.MkNot(IsVmo), Status.ZxErrWrongType);
        yield return (ctx.MkEq(ctx.MkBVAND(Rights, ctx.MkBV((uint)anyOf, 32)), ctx.MkBV(0, 32)), Status.ZxErrAccessDenied);
    }

    public BoolExpr Usable(Terms t, Rights required) =>
        t.Ctx.MkAnd(Valid, IsVmo, t.Ctx.MkEq(t.Ctx.MkBVAND(Rights, t.Ctx.MkBV((uint)required, 32)), t.Ctx.MkBV((uint)required, 32)));
}
