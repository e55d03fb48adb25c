using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// Object lifetime (INV-HANDLE-02). A VMO lives while a handle, a mapping or a PMT refers to it, or
/// while a live child that reads it (slice, reference, at-least-on-write) exists; captured snapshot
/// children keep no parent alive (D-10). A dead VMO frees its frames (ascending page order, VMOs in
/// koid order) and leaves its parent's children. A PMT whose handle is gone without an unpin becomes
/// quarantined and keeps its pages pinned for good (D-14). Pagers and ports live while a handle (or,
/// for a pager, a pager-backed VMO) refers to them.
/// </summary>
public static class Lifetime
{
    public static KernelState Collect(KernelState state)
    {
        var handleKoids = state.Processes.Values.SelectMany(p => p.Handles.Values).Select(h => h.Koid).ToHashSet();
        var live = new HashSet<ulong>(handleKoids.Where(state.Vmos.ContainsKey));
        live.UnionWith(state.Processes.Values.SelectMany(p => p.Mappings.Values).Select(m => m.VmoKoid));
        live.UnionWith(state.Pmts.Values.SelectMany(p => new[] { p.VmoKoid, p.OwnerKoid }));
        var pending = new Stack<ulong>(state.Has(ModelFaults.ViewsDoNotKeepParentAlive) ? live.Where(k => !IsView(state, k)) : live);
        while (pending.Count > 0)
        {
            if (state.Vmos.TryGetValue(pending.Pop(), out var vmo) && vmo.Parent is { KeepsParentAlive: true } link && live.Add(link.ParentKoid))
            {
                pending.Push(link.ParentKoid);
            }
        }

        foreach (var dead in state.Vmos.Keys.Where(k => !live.Contains(k)).ToList())
        {
            state = Destroy(state, dead);
        }

        return CollectOthers(state, handleKoids);
    }

    private static bool IsView(KernelState state, ulong koid) => state.Vmos.TryGetValue(koid, out var vmo) && vmo.IsView;

    private static KernelState Destroy(KernelState state, ulong koid)
    {
        var vmo = state.Vmos[koid];
        state = Frames.Release(state, koid, vmo.Pages.Keys.ToList());
        if (vmo.Parent is { } link && state.Vmos.TryGetValue(link.ParentKoid, out var parent) && !state.Has(ModelFaults.DestroyedChildStaysListed))
        {
            state = state.WithVmo(parent with { Children = parent.Children.Remove(koid) });
        }

        return state with { Vmos = state.Vmos.Remove(koid) };
    }

    private static KernelState CollectOthers(KernelState state, HashSet<ulong> handleKoids)
    {
        var pagers = state.Vmos.Values.Select(v => v.PagerKoid).ToHashSet();
        var objects = state.Objects;
        foreach (var (koid, type) in state.Objects)
        {
            var dies = type switch
            {
                ObjectType.Port => !handleKoids.Contains(koid),
                ObjectType.Pager => !handleKoids.Contains(koid) && !pagers.Contains(koid),
                _ => false,
            };
            if (dies)
            {
                objects = objects.Remove(koid);
            }
        }

        var pmts = state.Pmts;
        foreach (var pmt in state.Pmts.Values.Where(p => !p.Quarantined && !handleKoids.Contains(p.Koid)))
        {
            pmts = pmts.SetItem(pmt.Koid, pmt with { Quarantined = true });
        }

        return objects == state.Objects && pmts == state.Pmts ? state : state with { Objects = objects, Pmts = pmts };
    }

    /// <summary>The VMOs that share one set of page slots with <paramref name="owner"/> by reference children (same size).</summary>
    public static ImmutableArray<ulong> ReferenceGroup(KernelState state, ulong owner)
    {
        var group = new List<ulong> { owner };
        for (var i = 0; i < group.Count; i++)
        {
            group.AddRange(state.Vmos[group[i]].Children.Where(c =>
                state.Vmos.TryGetValue(c, out var child) && child.Parent is { Kind: ChildKind.Reference }));
        }

        return [.. group];
    }
}
