using Microsoft.Z3;
using VmoKernel.Abi;
using VmoKernel.Checks.Proofs.Rules;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Encodings;

/// <summary>
/// zx_vmo_create_child(vmo, options, offset, size) of VMO A with the snapshot options, into the free
/// slot C: every argument check of INV-CHILD-04 that applies to them, in the model's order
/// (model/Syscalls/VmoCreateChild.cs and model/Rules/ChildRules.TrySnapshot), then a SNAPSHOT child that captures what A reads in its range and commits
/// nothing, A keeping every page and frame (D-10, INV-CHILD-05, INV-CHILD-08).
/// <para>
/// Outside the encoding (its <see cref="StepOutcome.Defines"/> is false there): SLICE and REFERENCE,
/// the live snapshot kinds (SNAPSHOT_AT_LEAST_ON_WRITE, SNAPSHOT_MODIFIED without SNAPSHOT), and a
/// successful snapshot of a view child, whose captured pages come from further up the chain.
/// </para>
/// </summary>
public sealed record VmoCreateChild(SymbolicHandle Vmo, BitVecExpr Options, BitVecExpr Offset, BitVecExpr Size)
{
    public static VmoCreateChild Fresh(Terms t) => new(
        SymbolicHandle.Fresh(t, "call.vmo"), t.Const("call.options", t.Ctx.MkBitVecSort(32)), t.Word64("call.offset"), t.Word64("call.size"));

    /// <summary>Option bit <paramref name="option"/> (a ZX_VMO_CHILD_ flag) is set.</summary>
    public BoolExpr Has(Terms t, uint option) =>
        t.Ctx.MkNot(t.Ctx.MkEq(t.Ctx.MkBVAND(Options, t.Ctx.MkBV(option, 32)), t.Ctx.MkBV(0, 32)));

    public StepOutcome Step(Terms t, SymbolicKernel s, Mutant mutant)
    {
        var ctx = t.Ctx;
        var (a, c) = (s.A, s.C);
        var (roundsUp, rounded) = SymbolicRanges.TryRoundUp(t, mutant, Size);
        var leftover = ctx.MkBVAND(Options, ctx.MkBV(~(ChildOptions.Snapshot | ChildOptions.Resizable | ChildOptions.NoWrite), 32));
        var checks = new List<(BoolExpr, Status)>
        {
            (ctx.MkNot(roundsUp), Status.ZxErrOutOfRange),
            (ctx.MkAnd(Has(t, ChildOptions.NoWrite), Has(t, ChildOptions.Resizable)), Status.ZxErrInvalidArgs),
        };
        checks.AddRange(Vmo.Checks(t, Rights.Duplicate | Rights.Read));
        checks.Add((a.Discardable, Status.ZxErrNotSupported));
        checks.Add((
            ctx.MkOr(ctx.MkNot(Has(t, ChildOptions.Snapshot)), ctx.MkNot(ctx.MkEq(leftover, ctx.MkBV(0, 32))), a.Contiguous, ctx.MkNot(SymbolicRanges.IsAligned(t, Offset))),
            Status.ZxErrInvalidArgs));
        checks.Add((ctx.MkOr(ctx.MkBVUGT(rounded, t.U64(VmoLimits.MaxSize)), ctx.MkNot(SymbolicRanges.TryEnd(t, mutant, Offset, rounded).Ok)), Status.ZxErrOutOfRange));
        checks.Add((ctx.MkOr(a.Physical, a.PagerBacked), Status.ZxErrNotSupported));
        var passes = ctx.MkNot(ctx.MkOr(checks.Select(check => check.Item1)));

        var after = s with { CIsSnapshotOfA = ctx.MkTrue() };
        var parent = a with { Children = ctx.MkBVAdd(a.Children, t.U64(1)) };
        var (first, pages) = (t.PageOf(Offset), t.PageOf(rounded));
        if (mutant == Mutant.SnapshotMovesPinnedPages)
        {
            // The bug: the parent's pages in the range move to a hidden parent, pinned or not.
            parent = parent with { Committed = Terms.Lambda(i => ctx.MkAnd(a.IsCommitted(t, i), ctx.MkNot(t.InPages(i, first, pages)))) };
        }

        after = after.WithVmo(parent).WithVmo(NewChild(t, s, rounded));
        var inScope = ctx.MkAnd(
            ctx.MkNot(Has(t, ChildOptions.Slice)),
            ctx.MkNot(Has(t, ChildOptions.Reference)),
            ctx.MkOr(Has(t, ChildOptions.Snapshot), ctx.MkNot(ctx.MkOr(Has(t, ChildOptions.SnapshotAtLeastOnWrite), Has(t, ChildOptions.SnapshotModified)))));
        var defines = ctx.MkAnd(
            ctx.MkNot(c.Alive),
            inScope,
            ctx.MkImplies(ctx.MkAnd(Vmo.Valid, Vmo.IsVmo), a.Alive),
            ctx.MkImplies(passes, ctx.MkNot(a.IsView(t))));
        return new StepOutcome(SymbolicKernel.Ite(t, passes, after, s), t.FirstFailure(checks, t.StatusOf(Status.ZxOk)), defines);
    }

    /// <summary>
    /// The child as model/Rules/ChildShape.Build makes it: alive, one handle, RESIZABLE only if asked, no other
    /// trait, no pages, a snapshot of A; it reads what A read at pages [first, first + pages) that lie
    /// below A's end, zeros beyond (INV-CHILD-08).
    /// </summary>
    private SymbolicVmo NewChild(Terms t, SymbolicKernel s, BitVecExpr rounded)
    {
        var ctx = t.Ctx;
        var a = s.A;
        var (first, pages) = (t.PageOf(Offset), t.PageOf(rounded));
        return s.C with
        {
            Alive = ctx.MkTrue(),
            Size = rounded,
            Resizable = Has(t, ChildOptions.Resizable),
            Discardable = ctx.MkFalse(),
            Lockless = ctx.MkFalse(),
            Physical = ctx.MkFalse(),
            Contiguous = ctx.MkFalse(),
            PagerBacked = ctx.MkFalse(),
            HasParent = ctx.MkTrue(),
            IsSnapshot = ctx.MkTrue(),
            ParentSlot = t.Slot(a.Index),
            Children = t.U64(0),
            LockCount = t.U64(0),
            EverLocked = ctx.MkFalse(),
            Discarded = ctx.MkFalse(),
            Hinted = ctx.MkFalse(),
            ChangeEvents = t.U64(0),
            Handles = t.U64(1),
            Mappings = t.U64(0),
            HasLiveViews = ctx.MkFalse(),
            Committed = Terms.Constant(ctx.MkFalse()),
            Pinned = Terms.Constant(ctx.MkFalse()),
            Captured = Terms.Lambda(i =>
            {
                var page = ctx.MkBVAdd(first, (BitVecExpr)i);
                var visible = ctx.MkAnd(ctx.MkBVULT((BitVecExpr)i, pages), ctx.MkBVULT(page, t.PageOf(a.Size)));
                return t.Ite(visible, a.ReadPage(t, page), t.ZeroContent);
            }),
        };
    }
}
