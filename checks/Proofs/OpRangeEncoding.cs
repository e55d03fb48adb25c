using Microsoft.Z3;
using VmoKernel.Abi;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// zx_vmo_op_range on VMO A as a symbolic step, mirroring model/Syscalls/VmoOpRange.cs and its op
/// files: the handle without a right (BAD_HANDLE, WRONG_TYPE), then each op's own checks and effect.
/// Encoded ops: DECOMMIT, ZERO, LOCK, TRY_LOCK, UNLOCK, DONT_NEED, ALWAYS_NEED, and unknown ops
/// (INVALID_ARGS). COMMIT, the cache ops and PREFETCH are not encoded (no obligation needs them) and
/// ZERO is encoded for page-aligned ranges (the partial-page writes are out of scope); A is not a
/// slice or reference (views resolve to their parent's pages).
/// </summary>
public static class OpRangeEncoding
{
    private static readonly uint[] EncodedOps = [VmoOp.Decommit, VmoOp.Zero, VmoOp.Lock, VmoOp.TryLock, VmoOp.Unlock, VmoOp.DontNeed, VmoOp.AlwaysNeed];

    private static readonly uint[] KnownOps =
    [
        VmoOp.Commit, VmoOp.Decommit, VmoOp.Lock, VmoOp.Unlock, VmoOp.CacheSync, VmoOp.CacheInvalidate, VmoOp.CacheClean,
        VmoOp.CacheCleanInvalidate, VmoOp.Zero, VmoOp.TryLock, VmoOp.DontNeed, VmoOp.AlwaysNeed, VmoOp.Prefetch,
    ];

    public static OpRangeCall FreshCall(Terms t) => new(
        SymbolicHandle.Fresh(t, "call.vmo"), t.Const("call.op", t.Ctx.MkBitVecSort(32)), t.Word64("call.offset"), t.Word64("call.size"));

    public static BoolExpr IsOp(Terms t, OpRangeCall call, uint op) => t.Ctx.MkEq(call.Op, t.Ctx.MkBV(op, 32));

    public static StepOutcome Step(Terms t, SymbolicKernel s, OpRangeCall call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var handle = new List<(BoolExpr, Status)> { (ctx.MkNot(call.Vmo.Valid), Status.ZxErrBadHandle), (ctx.MkNot(call.Vmo.IsVmo), Status.ZxErrWrongType) };
        var unknown = ctx.MkNot(ctx.MkOr(KnownOps.Select(op => IsOp(t, call, op))));
        var encoded = ctx.MkOr(unknown, ctx.MkOr(EncodedOps.Select(op => IsOp(t, call, op))));
        var zeroAligned = ctx.MkImplies(IsOp(t, call, VmoOp.Zero), ctx.MkAnd(t.PageAligned(call.Offset), t.PageAligned(call.Size)));
        var defines = ctx.MkAnd(encoded, zeroAligned);

        var ops = new (uint Op, (BitVecExpr Status, SymbolicKernel After) Effect)[]
        {
            (VmoOp.Decommit, Decommit(t, s, call, mutant)),
            (VmoOp.Zero, Zero(t, s, call, mutant)),
            (VmoOp.Lock, LockOps.Lock(t, s, call, mutant)),
            (VmoOp.TryLock, LockOps.TryLock(t, s, call, mutant)),
            (VmoOp.Unlock, LockOps.Unlock(t, s, call, mutant)),
            (VmoOp.DontNeed, Hints(t, s, call, mutant, dontNeed: true)),
            (VmoOp.AlwaysNeed, Hints(t, s, call, mutant, dontNeed: false)),
        };
        var status = (BitVecExpr)t.StatusOf(Status.ZxErrInvalidArgs);
        var after = s;
        foreach (var (op, effect) in ops)
        {
            status = t.Ite(IsOp(t, call, op), effect.Status, status);
            after = SymbolicKernel.Ite(t, IsOp(t, call, op), effect.After, after);
        }

        var handleOk = ctx.MkAnd(call.Vmo.Valid, call.Vmo.IsVmo);
        return new StepOutcome(SymbolicKernel.Ite(t, handleOk, after, s), t.FirstFailure(handle, status), ctx.MkAnd(defines, ctx.MkNot(IsView(t, a))));
    }

    /// <summary>A is a slice or reference view; not encoded (a snapshot child owns its pages).</summary>
    private static BoolExpr IsView(Terms t, SymbolicVmo v) => t.Ctx.MkAnd(v.HasParent, t.Ctx.MkNot(v.IsSnapshot));

    /// <summary>
    /// WRITE, physical, contiguous, range; empty: ZX_OK; a pager or a live snapshot parent: NOT_SUPPORTED;
    /// alignment; pins (INV-PIN-03); discarded: ZX_OK unchanged; else the range's frames are freed.
    /// </summary>
    private static (BitVecExpr, SymbolicKernel) Decommit(Terms t, SymbolicKernel s, OpRangeCall call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var (first, count) = (t.PageOf(call.Offset), t.PageOf(call.Size));
        var checks = new List<(BoolExpr, Status)>
        {
            (ctx.MkNot(Has(t, call, Rights.Write)), Status.ZxErrAccessDenied),
            (a.Physical, Status.ZxErrNotSupported),
            (a.Contiguous, Status.ZxErrNotSupported),
            (ctx.MkNot(RangeArithmetic.Within(t, mutant, call.Offset, call.Size, a.Size)), Status.ZxErrOutOfRange),
        };
        var empty = ctx.MkEq(call.Size, t.U64(0));
        checks.Add((ctx.MkAnd(ctx.MkNot(empty), ctx.MkOr(a.PagerBacked, ctx.MkAnd(a.HasParent, a.IsSnapshot))), Status.ZxErrNotSupported));
        checks.Add((ctx.MkAnd(ctx.MkNot(empty), ctx.MkNot(ctx.MkAnd(t.PageAligned(call.Offset), t.PageAligned(call.Size)))), Status.ZxErrInvalidArgs));
        if (mutant != Mutant.DecommitFreesPinnedPage)
        {
            checks.Add((a.HasPinnedPageIn(t, first, count), Status.ZxErrBadState));
        }

        var passes = ctx.MkNot(ctx.MkOr(checks.Select(c => c.Item1)));
        var acts = ctx.MkAnd(passes, ctx.MkNot(empty), ctx.MkNot(a.RefusesAccess(t)));
        var released = TransferDataEncoding.Decommit(t, s, a, first, count);
        released = released.WithVmo(released.A with { Captured = ClearedIn(t, a.Captured, first, count) });
        return (t.FirstFailure(checks, t.StatusOf(Status.ZxOk)), SymbolicKernel.Ite(t, acts, released, s));
    }

    /// <summary>WRITE, physical, range; empty or discarded: ZX_OK unchanged (D-13); whole pages freed, pinned or contiguous ones zeroed in place.</summary>
    private static (BitVecExpr, SymbolicKernel) Zero(Terms t, SymbolicKernel s, OpRangeCall call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var (first, count) = (t.PageOf(call.Offset), t.PageOf(call.Size));
        var checks = new List<(BoolExpr, Status)>
        {
            (ctx.MkNot(Has(t, call, Rights.Write)), Status.ZxErrAccessDenied),
            (a.Physical, Status.ZxErrNotSupported),
            (ctx.MkNot(RangeArithmetic.Within(t, mutant, call.Offset, call.Size, a.Size)), Status.ZxErrOutOfRange),
        };
        var empty = ctx.MkEq(call.Size, t.U64(0));
        var status = t.FirstFailure(checks, t.StatusOf(Status.ZxOk));
        var acts = ctx.MkAnd(ctx.MkNot(ctx.MkOr(checks.Select(c => c.Item1))), ctx.MkNot(empty), ctx.MkNot(a.RefusesAccess(t)));

        BoolExpr Stays(Expr page) => ctx.MkOr(a.IsPinned(t, page), a.Contiguous);
        BoolExpr Freed(Expr page) => ctx.MkAnd(t.InPages(page, first, count), ctx.MkNot(Stays(page)));
        var zeroed = s with
        {
            Used = Terms.Lambda(f => ctx.MkAnd(s.IsUsed(t, f), ctx.MkNot(ctx.MkAnd(ctx.MkEq(s.OwnerSlotOf(t, f), t.Slot(a.Index)), Freed(s.OwnerPageOf(t, f)))))),
        };
        zeroed = zeroed.WithVmo(a with
        {
            Committed = Terms.Lambda(i => ctx.MkAnd(a.IsCommitted(t, i), ctx.MkNot(Freed(i)))),
            Data = Terms.Lambda(i => t.Ite(t.InPages(i, first, count), t.ZeroContent, t.SelectBv(a.Data, i))),
            Captured = ClearedIn(t, a.Captured, first, count),
        });
        return (status, SymbolicKernel.Ite(t, acts, zeroed, s));
    }

    /// <summary>DONT_NEED and ALWAYS_NEED (D-7): no right; plain VMOs ZX_OK unchecked; then the range; then the list and DONT_NEED's discard.</summary>
    private static (BitVecExpr, SymbolicKernel) Hints(Terms t, SymbolicKernel s, OpRangeCall call, Mutant mutant, bool dontNeed)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var plain = ctx.MkAnd(ctx.MkNot(a.Discardable), ctx.MkNot(a.PagerBacked));
        var outOfRange = ctx.MkAnd(ctx.MkNot(plain), ctx.MkNot(RangeArithmetic.Within(t, mutant, call.Offset, call.Size, a.Size)));
        var status = t.Ite(outOfRange, t.StatusOf(Status.ZxErrOutOfRange), t.StatusOf(Status.ZxOk));
        var acts = ctx.MkAnd(a.Discardable, ctx.MkNot(outOfRange));
        var listed = s.WithVmo(a with { Hinted = ctx.MkBool(!dontNeed) });
        if (!dontNeed)
        {
            return (status, SymbolicKernel.Ite(t, acts, listed, s));
        }

        var unlocked = mutant == Mutant.DontNeedIgnoresLockCount ? ctx.MkTrue() : ctx.MkEq(a.LockCount, t.U64(0));
        var discards = ctx.MkAnd(unlocked, ctx.MkNot(a.HasPinnedPage(t)), t.Ite(a.Lockless, a.HasCommittedPage(t), ctx.MkNot(a.Discarded)));
        var discarded = DiscardEncoding.DiscardWhere(t, listed, v => ctx.MkBool(v.Index == a.Index));
        return (status, SymbolicKernel.Ite(t, acts, SymbolicKernel.Ite(t, discards, discarded, listed), s));
    }

    public static BoolExpr Has(Terms t, OpRangeCall call, Rights right) =>
        t.Ctx.MkNot(t.Ctx.MkEq(t.Ctx.MkBVAND(call.Vmo.Rights, t.Ctx.MkBV((uint)right, 32)), t.Ctx.MkBV(0, 32)));

    private static SymbolicMap ClearedIn(Terms t, SymbolicMap captured, BitVecExpr first, BitVecExpr count) =>
        Terms.Lambda(i => t.Ite(t.InPages(i, first, count), t.ZeroContent, t.SelectBv(captured, i)));
}
