using Microsoft.Z3;
using VmoKernel.Abi;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// The calls that change a VMO's extent or life, on VMO A: zx_vmo_set_size (model/Syscalls/VmoSetSize.cs),
/// a SNAPSHOT zx_vmo_create_child into the free slot C (D-10), and zx_handle_close of a handle to A
/// (model/Rules/Lifetime.cs: the VMO dies with its last handle unless a mapping, a PMT or a live view
/// child holds it, and a dead VMO frees its frames).
/// </summary>
public static class LifecycleEncoding
{
    /// <summary>
    /// WRITE; RESIZE if resizable (ACCESS_DENIED); physical (NOT_SUPPORTED); not resizable (UNAVAILABLE);
    /// rounding wraps or above the maximum (OUT_OF_RANGE); a pinned page at or beyond the new end
    /// (BAD_STATE); then the pages beyond the new end are freed and their captures dropped.
    /// </summary>
    public static StepOutcome SetSize(Terms t, SymbolicKernel s, SymbolicHandle handle, BitVecExpr size, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var rounded = RangeArithmetic.PageRoundUp(t, size);
        var keep = t.PageOf(rounded);
        var beyond = ctx.MkBVSub(ctx.MkBVNot(t.U64(0)), keep);
        var checks = new List<(BoolExpr, Status)>(handle.Checks(t, Rights.Write))
        {
            (ctx.MkAnd(a.Resizable, ctx.MkNot(handle.Usable(t, Rights.Resize))), Status.ZxErrAccessDenied),
            (a.Physical, Status.ZxErrNotSupported),
            (ctx.MkNot(a.Resizable), Status.ZxErrUnavailable),
            (ctx.MkOr(ctx.MkNot(RangeArithmetic.RoundsUp(t, mutant, size)), ctx.MkBVUGT(rounded, t.U64(VmoLimits.MaxSize))), Status.ZxErrOutOfRange),
        };
        if (mutant != Mutant.ShrinkIgnoresPins)
        {
            checks.Add((a.HasPinnedPageIn(t, keep, beyond), Status.ZxErrBadState));
        }

        var passes = ctx.MkNot(ctx.MkOr(checks.Select(c => c.Item1)));
        var shrunk = TransferDataEncoding.Decommit(t, s, a, keep, beyond);
        shrunk = shrunk.WithVmo(shrunk.A with
        {
            Size = rounded,
            Captured = Terms.Lambda(i => t.Ite(ctx.MkBVUGE((BitVecExpr)i, keep), t.ZeroContent, t.SelectBv(a.Captured, i))),
        });
        return new StepOutcome(SymbolicKernel.Ite(t, passes, shrunk, s), t.FirstFailure(checks, t.StatusOf(Status.ZxOk)), ctx.MkNot(ctx.MkAnd(a.HasParent, ctx.MkNot(a.IsSnapshot))));
    }

    /// <summary>
    /// A SNAPSHOT child of A at page-aligned <paramref name="offset"/> (its argument checks are an input
    /// <paramref name="accepted"/>; a discardable parent is NOT_SUPPORTED, INV-CHILD-03): C captures
    /// what A reads there and commits nothing; A keeps every page and frame (D-10).
    /// </summary>
    public static StepOutcome CreateSnapshot(Terms t, SymbolicKernel s, BitVecExpr offset, BitVecExpr size, BoolExpr accepted, Mutant mutant)
    {
        var ctx = t.Ctx;
        var (a, c) = (s.A, s.C);
        var first = t.PageOf(offset);
        var pages = t.PageOf(RangeArithmetic.PageRoundUp(t, size));
        var ok = ctx.MkAnd(accepted, ctx.MkNot(a.Discardable));
        var status = t.Ite(ok, t.StatusOf(Status.ZxOk), t.Ite(a.Discardable, t.StatusOf(Status.ZxErrNotSupported), t.StatusOf(Status.ZxErrInvalidArgs)));
        var child = c with
        {
            Alive = ctx.MkTrue(),
            Size = RangeArithmetic.PageRoundUp(t, size),
            HasParent = ctx.MkTrue(),
            IsSnapshot = ctx.MkTrue(),
            Committed = Terms.Constant(ctx.MkFalse()),
            Pinned = Terms.Constant(ctx.MkFalse()),
            Captured = Terms.Lambda(i => t.Ite(ctx.MkBVULT((BitVecExpr)i, pages), a.ReadPage(t, ctx.MkBVAdd(first, (BitVecExpr)i)), t.ZeroContent)),
        };
        var after = s with { CIsSnapshotOfA = ctx.MkTrue() };
        var parent = a with { Children = ctx.MkBVAdd(a.Children, t.U64(1)) };
        if (mutant == Mutant.SnapshotMovesPinnedPages)
        {
            // The bug: the parent's pages in the range move to a hidden parent, pinned or not.
            parent = parent with { Committed = Terms.Lambda(i => ctx.MkAnd(a.IsCommitted(t, i), ctx.MkNot(t.InPages(i, first, pages)))) };
        }

        after = after.WithVmo(parent).WithVmo(child);
        var defines = ctx.MkAnd(ctx.MkNot(c.Alive), t.PageAligned(offset));
        return new StepOutcome(SymbolicKernel.Ite(t, ok, after, s), status, defines);
    }

    /// <summary>Closes one handle to A; the last reference destroys A and frees every frame it owns (INV-HANDLE-02).</summary>
    public static StepOutcome Close(Terms t, SymbolicKernel s, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var dies = ctx.MkAnd(ctx.MkEq(a.Handles, t.U64(1)), ctx.MkEq(a.Mappings, t.U64(0)), ctx.MkNot(a.HasPinnedPage(t)), ctx.MkNot(a.HasLiveViews));
        var closed = s.WithVmo(a with { Handles = ctx.MkBVSub(a.Handles, t.U64(1)) });
        var freed = mutant == Mutant.CloseLeaksFrames ? closed : closed.FreeFramesOf(t, v => ctx.MkBool(v.Index == a.Index));
        var destroyed = freed.WithVmo(freed.A with { Alive = ctx.MkFalse(), Committed = Terms.Constant(ctx.MkFalse()) });
        var defines = ctx.MkAnd(a.Alive, ctx.MkBVUGE(a.Handles, t.U64(1)));
        return new StepOutcome(SymbolicKernel.Ite(t, dies, destroyed, closed), t.StatusOf(Status.ZxOk), defines);
    }
}
