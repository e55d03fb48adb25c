using System.Collections.Immutable;
using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// A symbolic kernel state bounded to <see cref="SlotCount"/> VMOs: A (slot 0: the VMO a call targets,
/// the destination of a transfer), B (slot 1: a transfer's source), C (slot 2: a snapshot child of A
/// when <see cref="CIsSnapshotOfA"/>). Every other VMO of the real state is summarized by the frames it
/// owns: <see cref="OwnerSlot"/> values of 3 and above. Physical memory is the set of
/// <see cref="Used"/> frames and, for each, the (slot, page) that owns it (INV-MEM-01/02).
/// </summary>
public sealed record SymbolicKernel
{
    public const int SlotCount = 3;

    public required ImmutableArray<SymbolicVmo> Vmos { get; init; }

    public required BoolExpr CIsSnapshotOfA { get; init; }

    public required SymbolicMap Used { get; init; }

    public required SymbolicMap OwnerSlot { get; init; }

    public required SymbolicMap OwnerPage { get; init; }

    public required BitVecExpr Clock { get; init; }

    /// <summary>The only frames that may be used (concrete-shaped states); default when unbounded.</summary>
    public ImmutableArray<BitVecExpr> FrameSupport { get; init; }

    public SymbolicVmo A => Vmos[0];

    public SymbolicVmo B => Vmos[1];

    public SymbolicVmo C => Vmos[2];

    /// <summary>
    /// A fresh state; concrete-shaped when <see cref="Terms.SupportBound"/> is set: frames are used only at
    /// the frames of the VMOs' support pages and at as many frames of other VMOs.
    /// </summary>
    public static SymbolicKernel Fresh(Terms t, string state)
    {
        ImmutableArray<SymbolicVmo> vmos = [SymbolicVmo.Fresh(t, state, "A", 0), SymbolicVmo.Fresh(t, state, "B", 1), SymbolicVmo.Fresh(t, state, "C", 2)];
        var support = t.SupportBound is { } bound
            ? [.. vmos.SelectMany(v => v.PageSupport.Select(p => v.FrameAt(t, p))), .. Enumerable.Range(0, bound).Select(k => t.Const($"{state}.other_frame{k}", t.FrameSort))]
            : default(ImmutableArray<BitVecExpr>);
        var used = support.IsDefault
            ? t.Array($"{state}.frame_used", t.FrameSort, t.Ctx.BoolSort)
            : support.Select((f, j) => (f, j)).Aggregate(
                Terms.Constant(t.Ctx.MkFalse()),
                (array, p) => t.Store(array, p.f, t.Flag($"{state}.frame_used{p.j}")));
        return new SymbolicKernel
        {
            Vmos = vmos,
            FrameSupport = support,
            CIsSnapshotOfA = t.Flag($"{state}.C_is_snapshot_of_A"),
            Used = used,
            OwnerSlot = t.Array($"{state}.frame_owner_vmo", t.FrameSort, t.SlotSort),
            OwnerPage = t.Array($"{state}.frame_owner_page", t.FrameSort, t.Word),
            Clock = t.Word64($"{state}.clock"),
        };
    }

    /// <summary>The state <paramref name="then"/> where <paramref name="condition"/> holds, else <paramref name="otherwise"/>, field by field.</summary>
    public static SymbolicKernel Ite(Terms t, BoolExpr condition, SymbolicKernel then, SymbolicKernel otherwise) => new()
    {
        Vmos = [.. then.Vmos.Zip(otherwise.Vmos, (a, b) => SymbolicVmo.Ite(t, condition, a, b))],
        CIsSnapshotOfA = t.Ite(condition, then.CIsSnapshotOfA, otherwise.CIsSnapshotOfA),
        Used = t.Ite(condition, then.Used, otherwise.Used),
        OwnerSlot = t.Ite(condition, then.OwnerSlot, otherwise.OwnerSlot),
        OwnerPage = t.Ite(condition, then.OwnerPage, otherwise.OwnerPage),
        Clock = t.Ite(condition, then.Clock, otherwise.Clock),
        FrameSupport = then.FrameSupport,
    };

    public SymbolicKernel WithVmo(SymbolicVmo vmo) => this with { Vmos = Vmos.SetItem(vmo.Index, vmo) };

    public BoolExpr IsUsed(Terms t, Expr frame) => t.SelectBool(Used, frame);

    public BitVecExpr OwnerSlotOf(Terms t, Expr frame) => t.SelectBv(OwnerSlot, frame);

    public BitVecExpr OwnerPageOf(Terms t, Expr frame) => t.SelectBv(OwnerPage, frame);

    /// <summary>Frame <paramref name="frame"/> is used and owned by a page of <paramref name="vmo"/>.</summary>
    public BoolExpr OwnedBy(Terms t, Expr frame, SymbolicVmo vmo) =>
        t.Ctx.MkAnd(IsUsed(t, frame), t.Ctx.MkEq(OwnerSlotOf(t, frame), t.Slot(vmo.Index)));

    /// <summary>Frame <paramref name="frame"/> is used and owned by a VMO outside the modelled slots.</summary>
    public BoolExpr OwnedByOther(Terms t, Expr frame) =>
        t.Ctx.MkAnd(IsUsed(t, frame), t.Ctx.MkBVUGE(OwnerSlotOf(t, frame), t.Slot(SlotCount)));

    /// <summary>Frees every frame a page of the VMOs for which <paramref name="freed"/> holds owns.</summary>
    public SymbolicKernel FreeFramesOf(Terms t, Func<SymbolicVmo, BoolExpr> freed) => this with
    {
        Used = Terms.Lambda(f => t.Ctx.MkAnd(
            IsUsed(t, f),
            t.Ctx.MkNot(t.Ctx.MkOr(Vmos.Select(v => t.Ctx.MkAnd(t.Ctx.MkEq(OwnerSlotOf(t, f), t.Slot(v.Index)), freed(v))))))),
    };
}
