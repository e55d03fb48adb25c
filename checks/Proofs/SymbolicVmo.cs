using System.Collections.Immutable;
using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// One VMO slot of a symbolic kernel state: its scalars as 64-bit vectors and flags, and its pages as
/// arrays indexed by page number (offset / 4096, a 64-bit vector, so a VMO near 2^64 bytes is covered):
/// <see cref="Committed"/>, the <see cref="Frame"/> behind each committed page, its <see cref="Data"/>
/// (an abstract content, 0 = zeros), <see cref="Pinned"/>, and for a snapshot child the
/// <see cref="Captured"/> contents it reads where it has no page of its own (D-10).
/// Mirrors model/State/VmoState.cs field by field where the proofs need it.
/// </summary>
public sealed record SymbolicVmo
{
    public required string Name { get; init; }

    public required int Index { get; init; }

    public required BoolExpr Alive { get; init; }

    public required BitVecExpr Size { get; init; }

    public required BoolExpr Resizable { get; init; }

    public required BoolExpr Discardable { get; init; }

    public required BoolExpr Lockless { get; init; }

    public required BoolExpr Physical { get; init; }

    public required BoolExpr Contiguous { get; init; }

    public required BoolExpr PagerBacked { get; init; }

    public required BoolExpr HasParent { get; init; }

    public required BoolExpr IsSnapshot { get; init; }

    /// <summary>
    /// With <see cref="HasParent"/>: the slot of the parent (0..2), or <see cref="SymbolicKernel.SlotCount"/>
    /// and above for a parent outside the modelled slots. A dying VMO leaves its parent's children here.
    /// </summary>
    public required BitVecExpr ParentSlot { get; init; }

    public required BitVecExpr Children { get; init; }

    public required BitVecExpr LockCount { get; init; }

    public required BoolExpr EverLocked { get; init; }

    public required BoolExpr Discarded { get; init; }

    public required BoolExpr Hinted { get; init; }

    public required BitVecExpr ChangeEvents { get; init; }

    /// <summary>Handles, mappings and pins that keep the VMO alive besides its children.</summary>
    public required BitVecExpr Handles { get; init; }

    public required BitVecExpr Mappings { get; init; }

    /// <summary>A live slice or reference child reads this VMO's pages and keeps it alive (model/Rules/Lifetime.cs).</summary>
    public required BoolExpr HasLiveViews { get; init; }

    public required SymbolicMap Committed { get; init; }

    public required SymbolicMap Frame { get; init; }

    public required SymbolicMap Data { get; init; }

    public required SymbolicMap Pinned { get; init; }

    public required SymbolicMap Captured { get; init; }

    /// <summary>The only pages that may be committed or pinned (concrete-shaped states); default when unbounded.</summary>
    public ImmutableArray<BitVecExpr> PageSupport { get; init; }

    public static SymbolicVmo Fresh(Terms t, string state, string name, int index)
    {
        string N(string field) => $"{state}.{name}.{field}";
        var support = t.SupportBound is { } bound
            ? [.. Enumerable.Range(0, bound).Select(k => t.Word64(N($"page{k}")))]
            : default(ImmutableArray<BitVecExpr>);
        SymbolicMap Pages(string field) => support.IsDefault
            ? t.Array(N(field), t.Word, t.Ctx.BoolSort)
            : support.Select((k, j) => (k, j)).Aggregate(
                Terms.Constant(t.Ctx.MkFalse()),
                (array, p) => t.Store(array, p.k, t.Flag(N($"{field}{p.j}"))));
        return new SymbolicVmo
        {
            PageSupport = support,
            Name = name,
            Index = index,
            Alive = t.Flag(N("alive")),
            Size = t.Word64(N("size")),
            Resizable = t.Flag(N("resizable")),
            Discardable = t.Flag(N("discardable")),
            Lockless = t.Flag(N("lockless")),
            Physical = t.Flag(N("physical")),
            Contiguous = t.Flag(N("contiguous")),
            PagerBacked = t.Flag(N("pager_backed")),
            HasParent = t.Flag(N("has_parent")),
            IsSnapshot = t.Flag(N("is_snapshot")),
            ParentSlot = t.Const(N("parent_slot"), t.SlotSort),
            Children = t.Word64(N("children")),
            LockCount = t.Word64(N("lock_count")),
            EverLocked = t.Flag(N("ever_locked")),
            Discarded = t.Flag(N("discarded")),
            Hinted = t.Flag(N("hinted")),
            ChangeEvents = t.Word64(N("committed_change_events")),
            Handles = t.Word64(N("handles")),
            Mappings = t.Word64(N("mappings")),
            HasLiveViews = t.Flag(N("has_live_views")),
            Committed = Pages("committed"),
            Frame = t.Array(N("frame"), t.Word, t.FrameSort),
            Data = t.Array(N("data"), t.Word, t.ContentSort),
            Pinned = Pages("pinned"),
            Captured = t.Array(N("captured"), t.Word, t.ContentSort),
        };
    }

    /// <summary><paramref name="then"/> where <paramref name="condition"/> holds, else <paramref name="otherwise"/>, field by field.</summary>
    public static SymbolicVmo Ite(Terms t, BoolExpr condition, SymbolicVmo then, SymbolicVmo otherwise) => new()
    {
        Name = then.Name,
        Index = then.Index,
        PageSupport = then.PageSupport,
        Alive = t.Ite(condition, then.Alive, otherwise.Alive),
        Size = t.Ite(condition, then.Size, otherwise.Size),
        Resizable = t.Ite(condition, then.Resizable, otherwise.Resizable),
        Discardable = t.Ite(condition, then.Discardable, otherwise.Discardable),
        Lockless = t.Ite(condition, then.Lockless, otherwise.Lockless),
        Physical = t.Ite(condition, then.Physical, otherwise.Physical),
        Contiguous = t.Ite(condition, then.Contiguous, otherwise.Contiguous),
        PagerBacked = t.Ite(condition, then.PagerBacked, otherwise.PagerBacked),
        HasParent = t.Ite(condition, then.HasParent, otherwise.HasParent),
        IsSnapshot = t.Ite(condition, then.IsSnapshot, otherwise.IsSnapshot),
        ParentSlot = t.Ite(condition, then.ParentSlot, otherwise.ParentSlot),
        Children = t.Ite(condition, then.Children, otherwise.Children),
        LockCount = t.Ite(condition, then.LockCount, otherwise.LockCount),
        EverLocked = t.Ite(condition, then.EverLocked, otherwise.EverLocked),
        Discarded = t.Ite(condition, then.Discarded, otherwise.Discarded),
        Hinted = t.Ite(condition, then.Hinted, otherwise.Hinted),
        ChangeEvents = t.Ite(condition, then.ChangeEvents, otherwise.ChangeEvents),
        Handles = t.Ite(condition, then.Handles, otherwise.Handles),
        Mappings = t.Ite(condition, then.Mappings, otherwise.Mappings),
        HasLiveViews = t.Ite(condition, then.HasLiveViews, otherwise.HasLiveViews),
        Committed = t.Ite(condition, then.Committed, otherwise.Committed),
        Frame = t.Ite(condition, then.Frame, otherwise.Frame),
        Data = t.Ite(condition, then.Data, otherwise.Data),
        Pinned = t.Ite(condition, then.Pinned, otherwise.Pinned),
        Captured = t.Ite(condition, then.Captured, otherwise.Captured),
    };

    public BoolExpr IsCommitted(Terms t, Expr page) => t.SelectBool(Committed, page);

    public BoolExpr IsPinned(Terms t, Expr page) => t.SelectBool(Pinned, page);

    public BitVecExpr FrameAt(Terms t, Expr page) => t.SelectBv(Frame, page);

    /// <summary>What a read of page <paramref name="page"/> returns when the VMO allows access (INV-RW-01, D-10).</summary>
    public BitVecExpr ReadPage(Terms t, Expr page) =>
        t.Ite(IsCommitted(t, page), t.SelectBv(Data, page), t.Ite(IsSnapshot, t.SelectBv(Captured, page), t.ZeroContent));

    /// <summary>A regular (not lockless) discardable VMO that was discarded and is unlocked refuses access (D-5, D-13).</summary>
    public BoolExpr RefusesAccess(Terms t) =>
        t.Ctx.MkAnd(Discardable, t.Ctx.MkNot(Lockless), Discarded, t.Ctx.MkEq(LockCount, t.U64(0)));

    /// <summary>The parent is modelled slot <paramref name="slot"/>.</summary>
    public BoolExpr IsChildOf(Terms t, SymbolicVmo slot) => t.Ctx.MkAnd(HasParent, t.Ctx.MkEq(ParentSlot, t.Slot(slot.Index)));

    /// <summary>A slice, reference or at-least-on-write child: it reads its parent's pages and keeps the parent alive.</summary>
    public BoolExpr IsView(Terms t) => t.Ctx.MkAnd(HasParent, t.Ctx.MkNot(IsSnapshot));

    public BoolExpr HasPinnedPage(Terms t) => t.Exists(PageSupport, t.Word, $"pinned_page_{Name}", i => IsPinned(t, i));

    public BoolExpr HasPinnedPageIn(Terms t, BitVecExpr first, BitVecExpr count) =>
        t.Exists(PageSupport, t.Word, $"pinned_in_{Name}", i => t.Ctx.MkAnd(t.InPages(i, first, count), IsPinned(t, i)));

    public BoolExpr HasCommittedPage(Terms t) => t.Exists(PageSupport, t.Word, $"committed_page_{Name}", i => IsCommitted(t, i));
}
