using Microsoft.Z3;
using VmoKernel.Abi;
using VmoKernel.Checks.Proofs;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Proof.Agreement;

/// <summary>
/// Substitutes a concrete model state into a concrete-shaped symbolic state: the equalities that fix
/// every constant of slots A, B, C (each bound to a VMO koid or dead), their pages and physical memory,
/// and the equalities/disagreements that compare a symbolic state after a step with the model's.
/// </summary>
public sealed class ConcreteBinding(Terms t, ContentNames contents, IReadOnlyList<ulong?> slots)
{
    /// <summary>Pages compared per VMO: every page of the small VMOs the scenarios build, and one beyond.</summary>
    public const ulong ComparedPages = 6;

    private const uint UnusedFrameBase = 0xFFFF_0000;

    private readonly Context _ctx = t.Ctx;

    public IReadOnlyList<ulong?> Slots => slots;


    public int SlotOf(ulong koid)
    {
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i] == koid)
            {
                return i;
            }
        }

        return SymbolicKernel.SlotCount;
    }

    /// <summary>Every constant of <paramref name="s"/> fixed to <paramref name="state"/>; false if the state does not fit the bound.</summary>
    public List<BoolExpr>? Bind(SymbolicKernel s, KernelState state)
    {
        var facts = new List<BoolExpr>();
        var bound = t.SupportBound!.Value;
        var unused = UnusedFrameBase;
        for (var index = 0; index < SymbolicKernel.SlotCount; index++)
        {
            var v = s.Vmos[index];
            var vmo = slots[index] is { } koid ? state.Vmos.GetValueOrDefault(koid) : null;
            var pages = vmo?.Pages.ToList() ?? [];
            if (pages.Count > bound)
            {
                return null;
            }

            facts.Add(_ctx.MkEq(v.Alive, _ctx.MkBool(vmo is not null)));
            if (vmo is not null)
            {
                facts.AddRange(Scalars(v, state, vmo).Select(f => f.Fact));
            }
            for (var j = 0; j < bound; j++)
            {
                var point = v.PageSupport[j];
                if (j < pages.Count)
                {
                    var (page, slot) = (pages[j].Key, pages[j].Value);
                    facts.Add(Eq(point, t.U64(page)));
                    facts.Add(_ctx.MkEq(v.IsCommitted(t, point), _ctx.MkTrue()));
                    facts.Add(_ctx.MkEq(v.IsPinned(t, point), _ctx.MkBool(vmo!.IsPinned(page))));
                    facts.Add(Eq(v.FrameAt(t, point), Frame(slot.Frame)));
                    facts.Add(Eq(t.SelectBv(v.Data, point), Content(slot.Data)));
                }
                else
                {
                    // Padding points sit far beyond every VMO, hold nothing, and own a frame nobody uses.
                    facts.Add(Eq(point, t.U64((1UL << 40) + (ulong)j)));
                    facts.Add(_ctx.MkNot(v.IsCommitted(t, point)));
                    facts.Add(_ctx.MkNot(v.IsPinned(t, point)));
                    facts.Add(Eq(v.FrameAt(t, point), Frame(unused++)));
                }
            }

            // A snapshot child of a snapshot reads its parent's captures past the compared pages.
            for (ulong page = 0; page < 2 * ComparedPages; page++)
            {
                var captured = vmo?.Captured.GetValueOrDefault(page) ?? PageBytes.Zero;
                facts.Add(Eq(t.SelectBv(v.Captured, t.U64(page)), Content(captured)));
            }
        }

        var others = state.Vmos.Values
            .Where(m => SlotOf(m.Koid) == SymbolicKernel.SlotCount)
            .SelectMany(m => m.Pages.Select(p => (p.Value.Frame, Page: p.Key)))
            .ToList();
        if (others.Count > bound)
        {
            return null;
        }

        var support = s.FrameSupport;
        var slotPoints = SymbolicKernel.SlotCount * bound;
        for (var j = 0; j < support.Length; j++)
        {
            var used = t.Flag(UsedFlagName(j));
            if (j < slotPoints)
            {
                var (vmoIndex, pageIndex) = (j / bound, j % bound);
                var koid = slots[vmoIndex];
                var committed = koid is not null && state.Vmos.TryGetValue(koid.Value, out var m) && pageIndex < m.Pages.Count;
                facts.Add(_ctx.MkEq(used, _ctx.MkBool(committed)));
            }
            else if (j - slotPoints < others.Count)
            {
                var other = others[j - slotPoints];
                facts.Add(Eq(support[j], Frame(other.Frame)));
                facts.Add(used);
                facts.Add(Eq(s.OwnerSlotOf(t, support[j]), t.Slot(SymbolicKernel.SlotCount)));
                facts.Add(Eq(s.OwnerPageOf(t, support[j]), t.U64(other.Page)));
            }
            else
            {
                facts.Add(Eq(support[j], Frame(unused++)));
                facts.Add(_ctx.MkNot(used));
            }
        }

        foreach (var (koid, index) in slots.Select((k, i) => (k, i)).Where(p => p.k is not null))
        {
            if (state.Vmos.TryGetValue(koid!.Value, out var m))
            {
                foreach (var (page, slot) in m.Pages)
                {
                    facts.Add(Eq(s.OwnerSlotOf(t, Frame(slot.Frame)), t.Slot(index)));
                    facts.Add(Eq(s.OwnerPageOf(t, Frame(slot.Frame)), t.U64(page)));
                }
            }
        }

        var a = slots[0] is { } ak ? state.Vmos.GetValueOrDefault(ak) : null;
        var c = slots[2] is { } ck ? state.Vmos.GetValueOrDefault(ck) : null;
        facts.Add(_ctx.MkEq(s.CIsSnapshotOfA, _ctx.MkBool(a is not null && c?.Parent is { Kind: ChildKind.Snapshot } link && link.ParentKoid == a.Koid)));
        return facts;
    }

    /// <summary>
    /// The symbolic state after a step equals the model's <paramref name="state"/>: which slots are alive,
    /// and page by page and scalar by scalar for the live ones; when <paramref name="withFrames"/>, also
    /// each page's frame and its owner, and every frame a VMO held in <paramref name="before"/> that no
    /// VMO holds now is free.
    /// </summary>
    public List<(string What, BoolExpr Fact)> Agreement(SymbolicKernel after, KernelState before, KernelState state, bool withFrames)
    {
        var facts = new List<(string, BoolExpr)>();
        for (var index = 0; index < SymbolicKernel.SlotCount; index++)
        {
            var v = after.Vmos[index];
            if (slots[index] is not { } koid)
            {
                continue;
            }

            if (!state.Vmos.TryGetValue(koid, out var vmo))
            {
                facts.Add(($"slot {index} dead", _ctx.MkNot(v.Alive)));
                continue;
            }

            facts.Add(($"slot {index} alive", v.Alive));
            facts.AddRange(Scalars(v, state, vmo));

            for (ulong page = 0; page < ComparedPages; page++)
            {
                var p = t.U64(page);
                var committed = vmo.Pages.TryGetValue(page, out var slot);
                facts.Add(($"slot {index} IsCommitted page {page}", _ctx.MkEq(v.IsCommitted(t, p), _ctx.MkBool(committed))));
                facts.Add(($"slot {index} ReadPage page {page}", Eq(v.ReadPage(t, p), Content(PageView.Content(state, vmo, page)))));
                if (committed && withFrames)
                {
                    facts.Add(($"slot {index} FrameAt page {page}", Eq(v.FrameAt(t, p), Frame(slot!.Frame))));
                    facts.Add(($"slot {index} used", after.IsUsed(t, Frame(slot.Frame))));
                    facts.Add(($"slot {index} OwnerSlotOf", Eq(after.OwnerSlotOf(t, Frame(slot.Frame)), t.Slot(index))));
                    facts.Add(($"slot {index} OwnerPageOf page {page}", Eq(after.OwnerPageOf(t, Frame(slot.Frame)), p)));
                }
            }
        }

        // Which frame a step hands out fresh is the encoding's choice, so freed frames are compared one way only.
        var held = withFrames ? state.Vmos.Values.SelectMany(m => m.Pages.Values.Select(p => p.Frame)).ToHashSet() : null;
        foreach (var frame in before.Vmos.Values.SelectMany(m => m.Pages.Values.Select(p => p.Frame)).Where(f => held is not null && !held.Contains(f)))
        {
            facts.Add(($"frame {frame} free", _ctx.MkNot(after.IsUsed(t, Frame(frame)))));
        }

        return facts;
    }

    public SymbolicHandle HandleFacts(SymbolicHandle handle, KernelState state, uint value, List<BoolExpr> facts)
    {
        var found = state.Processes[KernelState.InitialProcessKoid].Handles.TryGetValue(value, out var entry);
        facts.Add(_ctx.MkEq(handle.Valid, _ctx.MkBool(found)));
        facts.Add(_ctx.MkEq(handle.IsVmo, _ctx.MkBool(found && entry!.Type == ObjectType.Vmo && state.Vmos.ContainsKey(entry.Koid))));
        facts.Add(Eq(handle.Rights, _ctx.MkBV(found ? (uint)entry!.Rights : 0u, 32)));
        return handle;
    }

    public static ulong? VmoOf(KernelState state, uint value) =>
        state.Processes[KernelState.InitialProcessKoid].Handles.TryGetValue(value, out var entry) && state.Vmos.ContainsKey(entry.Koid) ? entry.Koid : null;

    public BitVecExpr Frame(ulong frame) => _ctx.MkBV(frame, 32);

    public BitVecExpr Content(PageBytes bytes) => (BitVecExpr)_ctx.MkNumeral(contents.Of(bytes), t.ContentSort);

    public BoolExpr Eq(Expr a, Expr b) => _ctx.MkEq(a, b);

    private static string UsedFlagName(int j) => $"s.frame_used{j}";

    /// <summary>
    /// Every scalar of a live slot equal to <paramref name="vmo"/>'s, each named for the agreement's report:
    /// the same facts fix a state before a step (<see cref="Bind"/>) and compare one after it (<see cref="Agreement"/>).
    /// </summary>
    private IEnumerable<(string What, BoolExpr Fact)> Scalars(SymbolicVmo v, KernelState state, VmoState vmo)
    {
        (string, BoolExpr) Is(string field, BoolExpr symbolic, bool value) => ($"slot {v.Index} {field}", _ctx.MkEq(symbolic, _ctx.MkBool(value)));
        (string, BoolExpr) Number(string field, BitVecExpr symbolic, ulong value) => ($"slot {v.Index} {field}", Eq(symbolic, t.U64(value)));

        var parent = vmo.Parent is { } link && state.Vmos.ContainsKey(link.ParentKoid) ? link.ParentKoid : (ulong?)null;
        yield return Number("Size", v.Size, vmo.Size);
        yield return Is("Resizable", v.Resizable, vmo.Is(VmoTraits.Resizable));
        yield return Is("Discardable", v.Discardable, vmo.IsDiscardable);
        yield return Is("Lockless", v.Lockless, vmo.IsLockless);
        yield return Is("Physical", v.Physical, vmo.Is(VmoTraits.Physical));
        yield return Is("Contiguous", v.Contiguous, vmo.Is(VmoTraits.Contiguous));
        yield return Is("PagerBacked", v.PagerBacked, vmo.Is(VmoTraits.PagerBacked));
        yield return Is("HasParent", v.HasParent, parent is not null);
        yield return Is("IsSnapshot", v.IsSnapshot, vmo.Parent is { Kind: ChildKind.Snapshot });
        if (parent is { } p)
        {
            yield return ($"slot {v.Index} ParentSlot", Eq(v.ParentSlot, t.Slot(SlotOf(p))));
        }

        yield return Number("Children", v.Children, (ulong)vmo.Children.Count);
        yield return Number("LockCount", v.LockCount, vmo.Discard.LockCount);
        yield return Is("EverLocked", v.EverLocked, vmo.Discard.EverLocked);
        yield return Is("Discarded", v.Discarded, vmo.Discard.Discarded);
        yield return Is("Hinted", v.Hinted, vmo.Discard.List == ReclaimList.Hinted);
        yield return Number("ChangeEvents", v.ChangeEvents, vmo.CommittedChangeEvents);
        yield return Number("Handles", v.Handles, HandleCount(state, vmo.Koid));
        yield return Number("Mappings", v.Mappings, MappingCount(state, vmo.Koid));
        yield return Is("HasLiveViews", v.HasLiveViews, state.Vmos.Values.Any(c => c.Parent is { IsView: true } l && l.ParentKoid == vmo.Koid));
    }

    private static ulong MappingCount(KernelState state, ulong koid) =>
        (ulong)state.Processes.Values.Sum(p => p.Mappings.Values.Count(m => m.VmoKoid == koid));

    private static ulong HandleCount(KernelState state, ulong koid) =>
        (ulong)state.Processes.Values.Sum(p => p.Handles.Values.Count(h => h.Koid == koid));
}
