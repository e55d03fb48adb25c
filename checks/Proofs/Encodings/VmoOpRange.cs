using Microsoft.Z3;
using VmoKernel.Abi;
using VmoKernel.Checks.Proofs.Rules;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Encodings;

/// <summary>
/// zx_vmo_op_range(vmo, op, offset, size) on VMO A as a symbolic step, mirroring
/// model/Syscalls/VmoOpRange.cs and its op files: the handle without a right (BAD_HANDLE, WRONG_TYPE),
/// then each op's own checks and effect (one file per encoded op in Encodings/OpRange, named as the
/// model's). Encoded ops: DECOMMIT, ZERO, LOCK, TRY_LOCK, UNLOCK, DONT_NEED, ALWAYS_NEED, and unknown
/// ops (INVALID_ARGS). COMMIT, the cache ops and PREFETCH are not encoded (no obligation needs them) and
/// ZERO is encoded for page-aligned ranges (the partial-page writes are out of scope); A is not a
/// slice or reference (views resolve to their parent's pages).
/// </summary>
public sealed record VmoOpRange(SymbolicHandle Vmo, BitVecExpr Op, BitVecExpr Offset, BitVecExpr Size)
{
    private static readonly uint[] EncodedOps = [VmoOp.Decommit, VmoOp.Zero, VmoOp.Lock, VmoOp.TryLock, VmoOp.Unlock, VmoOp.DontNeed, VmoOp.AlwaysNeed];

    private static readonly uint[] KnownOps =
    [
        VmoOp.Commit, VmoOp.Decommit, VmoOp.Lock, VmoOp.Unlock, VmoOp.CacheSync, VmoOp.CacheInvalidate, VmoOp.CacheClean,
        VmoOp.CacheCleanInvalidate, VmoOp.Zero, VmoOp.TryLock, VmoOp.DontNeed, VmoOp.AlwaysNeed, VmoOp.Prefetch,
    ];

    public static VmoOpRange Fresh(Terms t) => new(
        SymbolicHandle.Fresh(t, "call.vmo"), t.Const("call.op", t.Ctx.MkBitVecSort(32)), t.Word64("call.offset"), t.Word64("call.size"));

    public BoolExpr IsOp(Terms t, uint op) => t.Ctx.MkEq(Op, t.Ctx.MkBV(op, 32));

    /// <summary>The handle carries at least one of <paramref name="right"/>.</summary>
    public BoolExpr Has(Terms t, Rights right) =>
        t.Ctx.MkNot(t.Ctx.MkEq(t.Ctx.MkBVAND(Vmo.Rights, t.Ctx.MkBV((uint)right, 32)), t.Ctx.MkBV(0, 32)));

    public StepOutcome Step(Terms t, SymbolicKernel s, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var handle = new List<(BoolExpr, Status)> { (ctx.MkNot(Vmo.Valid), Status.ZxErrBadHandle), (ctx.MkNot(Vmo.IsVmo), Status.ZxErrWrongType) };
        var unknown = ctx.MkNot(ctx.MkOr(KnownOps.Select(op => IsOp(t, op))));
        var encoded = ctx.MkOr(unknown, ctx.MkOr(EncodedOps.Select(op => IsOp(t, op))));
        var zeroAligned = ctx.MkImplies(IsOp(t, VmoOp.Zero), ctx.MkAnd(SymbolicRanges.IsAligned(t, Offset), SymbolicRanges.IsAligned(t, Size)));
        var defines = ctx.MkAnd(encoded, zeroAligned);

        var ops = new (uint Op, (BitVecExpr Status, SymbolicKernel After) Effect)[]
        {
            (VmoOp.Decommit, OpRange.Decommit.Step(t, s, this, mutant)),
            (VmoOp.Zero, OpRange.Zero.Step(t, s, this, mutant)),
            (VmoOp.Lock, OpRange.Lock.Step(t, s, this, mutant)),
            (VmoOp.TryLock, OpRange.TryLock.Step(t, s, this, mutant)),
            (VmoOp.Unlock, OpRange.Unlock.Step(t, s, this, mutant)),
            (VmoOp.DontNeed, OpRange.DontNeed.Step(t, s, this, mutant)),
            (VmoOp.AlwaysNeed, OpRange.AlwaysNeed.Step(t, s, this, mutant)),
        };
        var status = (BitVecExpr)t.StatusOf(Status.ZxErrInvalidArgs);
        var after = s;
        foreach (var (op, effect) in ops)
        {
            status = t.Ite(IsOp(t, op), effect.Status, status);
            after = SymbolicKernel.Ite(t, IsOp(t, op), effect.After, after);
        }

        var handleOk = ctx.MkAnd(Vmo.Valid, Vmo.IsVmo);
        return new StepOutcome(SymbolicKernel.Ite(t, handleOk, after, s), t.FirstFailure(handle, status), ctx.MkAnd(defines, ctx.MkNot(IsView(t, a))));
    }

    /// <summary>A is a slice or reference view; not encoded (a snapshot child owns its pages).</summary>
    private static BoolExpr IsView(Terms t, SymbolicVmo v) => t.Ctx.MkAnd(v.HasParent, t.Ctx.MkNot(v.IsSnapshot));
}
