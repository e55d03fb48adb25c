using System.Collections.Immutable;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// Object lifetime (INV-HANDLE-02): a VMO lives while a handle, a mapping, a PMT or a view child (slice,
/// reference) refers to it; snapshot children hold their own capture and keep no parent alive (D-10).
/// When the last reference goes, its frames are freed (ascending pages) and it becomes a tombstone; its
/// parent loses the child link and may go in turn, and its snapshot children become parentless. The
/// parent has a lower koid and the children higher ones: asking for them restarts the transaction in order.
/// </summary>
public static class Lifetime
{
    public static void DestroyIfUnreferenced(CallContext context, VmoState vmo)
    {
        vmo = context.Vmo(vmo.Koid, vmo.Actor);
        if (vmo.Referenced || vmo.Destroyed)
        {
            return;
        }

        VmoState? parent = vmo.ChildKind != ChildKind.None && vmo.ParentAlive ? context.Vmo(vmo.ParentKoid, vmo.ParentActor!) : null;
        var snapshots = vmo.Children.Where(c => c.Kind == ChildKind.Snapshot).ToList();
        context.Require(snapshots.Select(c => (c.Koid, c.Actor)));
        if (!vmo.Pages.IsEmpty)
        {
            context.Need(memory: true);
        }

        foreach (var page in vmo.Pages.Values)
        {
            context.Free(page.Frame);
        }

        context.Put(vmo with
        {
            Destroyed = true,
            Pages = ImmutableSortedDictionary<ulong, Page>.Empty,
            Inherited = ImmutableSortedDictionary<ulong, ImmutableArray<byte>>.Empty,
            Children = [],
        });
        foreach (var link in snapshots)
        {
            context.Put(context.Vmo(link.Koid, link.Actor) with { ParentAlive = false });
        }

        if (parent is not null)
        {
            parent = context.Vmo(parent.Koid, parent.Actor);
            context.Put(parent with { Children = parent.Children.RemoveAll(c => c.Koid == vmo.Koid) });
            DestroyIfUnreferenced(context, parent);
        }
    }
}
