using Microsoft.Z3;
using VmoKernel.Checks.Proofs.Rules;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Encodings.OpRange;

/// <summary>
/// ZX_VMO_OP_DECOMMIT, mirroring model/Syscalls/OpRange/Decommit.cs: WRITE, physical, contiguous,
/// range; empty: ZX_OK; a pager or a live snapshot parent: NOT_SUPPORTED; alignment; pins
/// (INV-PIN-03); discarded: ZX_OK unchanged; else the range's frames are freed.
/// </summary>
public static class Decommit
{
    public static (BitVecExpr Status, SymbolicKernel After) Step(Terms t, SymbolicKernel s, VmoOpRange call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var (first, count) = (t.PageOf(call.Offset), t.PageOf(call.Size));
        var checks = PageOpChecks.Refusals(t, s, call);
        checks.Add((a.Contiguous, Status.ZxErrNotSupported));
        checks.Add((ctx.MkNot(SymbolicRanges.InRange(t, mutant, call.Offset, call.Size, a.Size)), Status.ZxErrOutOfRange));
        var empty = ctx.MkEq(call.Size, t.U64(0));
        checks.Add((ctx.MkAnd(ctx.MkNot(empty), ctx.MkOr(a.PagerBacked, ctx.MkAnd(a.HasParent, a.IsSnapshot))), Status.ZxErrNotSupported));
        checks.Add((ctx.MkAnd(ctx.MkNot(empty), ctx.MkNot(ctx.MkAnd(SymbolicRanges.IsAligned(t, call.Offset), SymbolicRanges.IsAligned(t, call.Size)))), Status.ZxErrInvalidArgs));
        if (mutant != Mutant.DecommitFreesPinnedPage)
        {
            checks.Add((a.HasPinnedPageIn(t, first, count), Status.ZxErrBadState));
        }

        var passes = ctx.MkNot(ctx.MkOr(checks.Select(c => c.Item1)));
        var acts = ctx.MkAnd(passes, ctx.MkNot(empty), ctx.MkNot(a.RefusesAccess(t)));
        var released = PageRanges.Decommit(t, s, a, first, count);
        released = released.WithVmo(released.A with { Captured = PageRanges.ClearedIn(t, a.Captured, first, count) });
        return (t.FirstFailure(checks, t.StatusOf(Status.ZxOk)), SymbolicKernel.Ite(t, acts, released, s));
    }
}
