using Microsoft.Z3;
using VmoKernel.Abi;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// The calls that change a VMO's extent or end its life, on VMO A: zx_vmo_set_size
/// (model/Syscalls/VmoSetSize.cs) and zx_handle_close of a handle to A
/// (model/Rules/Lifetime.cs: the VMO dies with its last handle unless a mapping, a PMT or a live view
/// child holds it, and a dead VMO frees its frames).
/// </summary>
public static class LifecycleEncoding
{
    /// <summary>
    /// WRITE; RESIZE if resizable (ACCESS_DENIED); physical or contiguous (UNAVAILABLE); rounding wraps
    /// (OUT_OF_RANGE); not resizable (UNAVAILABLE); above the maximum (OUT_OF_RANGE); a pinned page at or beyond the new end
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
            (ctx.MkOr(a.Physical, a.Contiguous), Status.ZxErrUnavailable),
            (ctx.MkNot(RangeArithmetic.RoundsUp(t, mutant, size)), Status.ZxErrOutOfRange),
            (ctx.MkNot(a.Resizable), Status.ZxErrUnavailable),
            (ctx.MkBVUGT(rounded, t.U64(VmoLimits.MaxSize)), Status.ZxErrOutOfRange),
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
        return new StepOutcome(SymbolicKernel.Ite(t, passes, shrunk, s), t.FirstFailure(checks, t.StatusOf(Status.ZxOk)), ctx.MkNot(a.IsView(t)));
    }

    /// <summary>
    /// Closes one handle to A; the last reference destroys A (INV-HANDLE-02): it frees every frame it
    /// owns, leaves its parent's children, and its own children lose their parent (a snapshot keeps
    /// what it captured). Closing the last reference of a view child is not encoded (Defines): its
    /// parent may be held by nothing else and die with it (model/Rules/Lifetime.cs).
    /// </summary>
    public static StepOutcome Close(Terms t, SymbolicKernel s, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var dies = ctx.MkAnd(ctx.MkEq(a.Handles, t.U64(1)), ctx.MkEq(a.Mappings, t.U64(0)), ctx.MkNot(a.HasPinnedPage(t)), ctx.MkNot(a.HasLiveViews));
        var closed = s.WithVmo(a with { Handles = ctx.MkBVSub(a.Handles, t.U64(1)) });
        var freed = mutant == Mutant.CloseLeaksFrames ? closed : closed.FreeFramesOf(t, v => ctx.MkBool(v.Index == a.Index));
        var destroyed = freed.WithVmo(freed.A with { Alive = ctx.MkFalse(), Committed = Terms.Constant(ctx.MkFalse()) }) with { CIsSnapshotOfA = ctx.MkFalse() };
        foreach (var other in s.Vmos.Where(v => v.Index != a.Index))
        {
            destroyed = destroyed.WithVmo(destroyed.Vmos[other.Index] with
            {
                Children = t.Ite(a.IsChildOf(t, other), ctx.MkBVSub(other.Children, t.U64(1)), other.Children),
                HasParent = ctx.MkAnd(other.HasParent, ctx.MkNot(other.IsChildOf(t, a))),
            });
        }

        var defines = ctx.MkAnd(a.Alive, ctx.MkBVUGE(a.Handles, t.U64(1)), ctx.MkNot(ctx.MkAnd(dies, a.IsView(t))));
        return new StepOutcome(SymbolicKernel.Ite(t, dies, destroyed, closed), t.StatusOf(Status.ZxOk), defines);
    }
}
