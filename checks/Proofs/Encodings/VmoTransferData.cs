using Microsoft.Z3;
using VmoKernel.Abi;
using VmoKernel.Checks.Proofs.Rules;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs.Encodings;

/// <summary>
/// zx_vmo_transfer_data(dst = A, options, offset, length, src = B, src_offset) as a symbolic step,
/// mirroring model/Syscalls/VmoTransferData.cs: the checks in the order of D-3 (then D-13's discarded
/// check), then D-11's page-by-page move of the first <see cref="Moved"/> pages: a
/// committed source page's frame moves to the destination slot, an uncommitted one leaves a zero
/// marker (no frame), and the destination's old frame is freed. Fewer pages moved than asked is
/// NO_MEMORY (the count is the step's choice here: the frame budget is not encoded, INV-XFER-06).
/// <see cref="SameVmo"/> means both handles name the same VMO; A is the destination, B the source.
/// </summary>
public sealed record VmoTransferData(
    BitVecExpr Options,
    BitVecExpr Offset,
    BitVecExpr Length,
    BitVecExpr SrcOffset,
    SymbolicHandle Dst,
    SymbolicHandle Src,
    BoolExpr SameVmo,
    BitVecExpr Moved)
{
    public static VmoTransferData Fresh(Terms t) => new(
        t.Const("call.options", t.Ctx.MkBitVecSort(32)),
        t.Word64("call.offset"),
        t.Word64("call.length"),
        t.Word64("call.src_offset"),
        SymbolicHandle.Fresh(t, "call.dst"),
        SymbolicHandle.Fresh(t, "call.src"),
        t.Flag("call.same_vmo"),
        t.Word64("step.pages_moved"));

    public StepOutcome Step(Terms t, SymbolicKernel s, Mutant mutant)
    {
        var ctx = t.Ctx;
        var (dst, src) = (s.A, s.B);
        var pages = t.PageOf(Length);
        var dstFirst = t.PageOf(Offset);
        var srcFirst = t.PageOf(SrcOffset);

        var sourceChecks = new List<(BoolExpr, Status)>
        {
            (ctx.MkNot(ctx.MkEq(Options, ctx.MkBV(0, 32))), Status.ZxErrInvalidArgs),
            (ctx.MkNot(ctx.MkAnd(SymbolicRanges.IsAligned(t, Offset), SymbolicRanges.IsAligned(t, Length), SymbolicRanges.IsAligned(t, SrcOffset))), Status.ZxErrInvalidArgs),
        };
        sourceChecks.AddRange(Dst.Checks(t, Rights.Write));
        sourceChecks.AddRange(Src.Checks(t, Rights.Read | Rights.Write));
        sourceChecks.Add((SameVmo, Status.ZxErrInvalidArgs));
        sourceChecks.Add((ctx.MkOr(dst.Physical, dst.Contiguous, src.Physical, src.Contiguous), Status.ZxErrNotSupported));

        var srcInRange = SymbolicRanges.InRange(t, mutant, SrcOffset, Length, src.Size);
        var dstInRange = SymbolicRanges.InRange(t, mutant, Offset, Length, dst.Size);
        var srcShapeBad = ctx.MkOr(src.HasParent, ctx.MkBVUGT(src.Children, t.U64(0)), src.PagerBacked);
        var pinned = ctx.MkOr(src.HasPinnedPageIn(t, srcFirst, pages), dst.HasPinnedPageIn(t, dstFirst, pages));
        var laterChecks = new List<(BoolExpr, Status)>
        {
            (ctx.MkNot(ctx.MkAnd(srcInRange, dstInRange)), Status.ZxErrOutOfRange),
            (srcShapeBad, Status.ZxErrBadState),
        };
        if (mutant != Mutant.TransferSkipsPinCheck)
        {
            laterChecks.Add((pinned, Status.ZxErrBadState));
        }

        laterChecks.Add((ctx.MkOr(dst.RefusesAccess(t), src.RefusesAccess(t)), Status.ZxErrBadState));

        var movedAll = ctx.MkEq(Moved, pages);
        var validated = ctx.MkNot(ctx.MkOr(sourceChecks.Concat(laterChecks).Select(c => c.Item1)));
        var status = t.FirstFailure(
            sourceChecks.Concat(laterChecks),
            t.Ite(movedAll, t.StatusOf(Status.ZxOk), t.StatusOf(Status.ZxErrNoMemory)));

        var defines = ctx.MkBVULE(Moved, pages);
        if (t.SupportBound is { } bound)
        {
            // A concrete-shaped state moves at most as many pages as it can hold.
            defines = ctx.MkAnd(defines, ctx.MkBVULE(Moved, t.U64((ulong)bound)));
        }

        var afterMove = Move(t, s, this, srcFirst, dstFirst, mutant);
        var after = SymbolicKernel.Ite(t, validated, afterMove, s);

        if (mutant == Mutant.TransferZeroesSourceBeforeValidatingDestination)
        {
            // The bug: the source range is taken (its pages freed) once the source checks pass, so a
            // later destination failure returns with the source already zeroed.
            var sourceChecked = ctx.MkAnd(ctx.MkNot(ctx.MkOr(sourceChecks.Select(c => c.Item1))), srcInRange, ctx.MkNot(srcShapeBad));
            var zeroed = PageRanges.Decommit(t, s, src, srcFirst, pages);
            after = SymbolicKernel.Ite(t, validated, afterMove, SymbolicKernel.Ite(t, sourceChecked, zeroed, s));
        }

        return new StepOutcome(after, status, defines);
    }

    private static SymbolicKernel Move(Terms t, SymbolicKernel s, VmoTransferData call, BitVecExpr srcFirst, BitVecExpr dstFirst, Mutant mutant)
    {
        var ctx = t.Ctx;
        var (dst, src) = (s.A, s.B);
        BitVecExpr SourcePage(Expr dstPage) => ctx.MkBVAdd(ctx.MkBVSub((BitVecExpr)dstPage, dstFirst), srcFirst);
        BoolExpr DstMoved(Expr page) => t.InPages(page, dstFirst, call.Moved);
        BoolExpr SrcMoved(Expr page) => t.InPages(page, srcFirst, call.Moved);

        var newDst = dst with
        {
            Committed = Terms.Lambda(i => t.Ite(DstMoved(i), src.IsCommitted(t, SourcePage(i)), dst.IsCommitted(t, i))),
            Frame = Terms.Lambda(i => t.Ite(
                ctx.MkAnd(DstMoved(i), src.IsCommitted(t, SourcePage(i))),
                src.FrameAt(t, SourcePage(i)),
                dst.FrameAt(t, i))),
            Data = Terms.Lambda(i => t.Ite(
                DstMoved(i),
                t.Ite(src.IsCommitted(t, SourcePage(i)), t.SelectBv(src.Data, SourcePage(i)), t.ZeroContent),
                t.SelectBv(dst.Data, i))),

            // A moved page or a zero marker replaces whatever the slot showed from a parent.
            Captured = Terms.Lambda(i => t.Ite(DstMoved(i), t.ZeroContent, t.SelectBv(dst.Captured, i))),
        };
        var newSrc = mutant == Mutant.TransferCopiesFrame
            ? src
            : src with { Committed = Terms.Lambda(i => ctx.MkAnd(src.IsCommitted(t, i), ctx.MkNot(SrcMoved(i)))) };

        BoolExpr FreedFromDst(Expr f) => ctx.MkAnd(s.OwnedBy(t, f, dst), DstMoved(s.OwnerPageOf(t, f)));
        BoolExpr MovedFromSrc(Expr f) => ctx.MkAnd(s.OwnedBy(t, f, src), SrcMoved(s.OwnerPageOf(t, f)));

        var after = s with
        {
            Used = Terms.Lambda(f => ctx.MkAnd(s.IsUsed(t, f), ctx.MkNot(FreedFromDst(f)))),
            OwnerSlot = Terms.Lambda(f => t.Ite(
                mutant == Mutant.TransferCopiesFrame ? ctx.MkFalse() : MovedFromSrc(f),
                t.Slot(dst.Index),
                s.OwnerSlotOf(t, f))),
            OwnerPage = Terms.Lambda(f => t.Ite(
                mutant == Mutant.TransferCopiesFrame ? ctx.MkFalse() : MovedFromSrc(f),
                ctx.MkBVAdd(ctx.MkBVSub(s.OwnerPageOf(t, f), srcFirst), dstFirst),
                s.OwnerPageOf(t, f))),
        };
        after = after.WithVmo(newDst).WithVmo(newSrc);

        if (mutant == Mutant.TransferWritesThroughToSnapshotChildren)
        {
            // The bug: the destination's snapshot children are treated as views of the moved range.
            var child = s.C;
            after = after.WithVmo(child with
            {
                Captured = t.Ite(s.CIsSnapshotOfA, Terms.Lambda(i => t.Ite(DstMoved(i), t.SelectBv(newDst.Data, i), t.SelectBv(child.Captured, i))), child.Captured),
            });
        }

        return after;
    }
}
