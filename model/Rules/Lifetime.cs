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
        var handleKoids = HandleKoids(state);
        var live = LiveVmos(state, handleKoids);
        foreach (var dead in state.Vmos.Keys.Where(k => !live.Contains(k)).ToList())
        {
            state = Destroy(state, dead);
        }

        return CollectOthers(state, handleKoids);
    }

    /// <summary>
    /// The koids of the VMOs that <see cref="Collect"/> keeps: those a handle, a mapping or a PMT names,
    /// and the parents their reading children keep alive. INV-HANDLE-02 checks every state against this
    /// set without building the collected state.
    /// </summary>
    public static HashSet<ulong> LiveVmos(KernelState state) => LiveVmos(state, HandleKoids(state));

    private static HashSet<ulong> HandleKoids(KernelState state)
    {
        var koids = new HashSet<ulong>();
        foreach (var (_, process) in state.Processes)
        {
            foreach (var (_, handle) in process.Handles)
            {
                koids.Add(handle.Koid);
            }
        }

        return koids;
    }

    private static HashSet<ulong> LiveVmos(KernelState state, HashSet<ulong> handleKoids)
    {
        var live = new HashSet<ulong>();
        foreach (var koid in handleKoids)
        {
            if (state.Vmos.ContainsKey(koid))
            {
                live.Add(koid);
            }
        }

        foreach (var (_, process) in state.Processes)
        {
            foreach (var (_, mapping) in process.Mappings)
            {
                live.Add(mapping.VmoKoid);
            }
        }

        foreach (var (_, pmt) in state.Pmts)
        {
            live.Add(pmt.VmoKoid);
            live.Add(pmt.OwnerKoid);
        }

        var pending = new Stack<ulong>(state.Has(ModelFaults.ViewsDoNotKeepParentAlive) ? live.Where(k => !IsView(state, k)) : live);
        while (pending.Count > 0)
        {
            if (state.Vmos.TryGetValue(pending.Pop(), out var vmo) && vmo.Parent is { KeepsParentAlive: true } link && live.Add(link.ParentKoid))
            {
                pending.Push(link.ParentKoid);
            }
        }

        return live;
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
