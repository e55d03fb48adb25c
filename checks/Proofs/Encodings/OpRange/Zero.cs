using Microsoft.Z3;
using VmoKernel.Checks.Proofs.Rules;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Encodings.OpRange;

/// <summary>
/// ZX_VMO_OP_ZERO on a page-aligned range, mirroring model/Syscalls/OpRange/Zero.cs: WRITE, physical,
/// range; empty or discarded: ZX_OK unchanged (D-13); whole pages freed, pinned or contiguous ones
/// zeroed in place.
/// </summary>
public static class Zero
{
    public static (BitVecExpr Status, SymbolicKernel After) Step(Terms t, SymbolicKernel s, VmoOpRange call, Mutant mutant)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var (first, count) = (t.PageOf(call.Offset), t.PageOf(call.Size));
        var checks = PageOpChecks.Refusals(t, s, call);
        checks.Add((ctx.MkNot(SymbolicRanges.InRange(t, mutant, call.Offset, call.Size, a.Size)), Status.ZxErrOutOfRange));
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
            Captured = PageRanges.ClearedIn(t, a.Captured, first, count),
        });
        return (status, SymbolicKernel.Ite(t, acts, zeroed, s));
    }
}
