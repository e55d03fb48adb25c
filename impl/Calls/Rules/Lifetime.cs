using System.Collections.Immutable;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// Object lifetime (INV-HANDLE-02): a VMO lives while a handle, a mapping, a PMT, a view (slice,
/// reference) or an at-least-on-write child refers to it; snapshot children hold their own capture and
/// keep no parent alive (D-10). When the last reference goes it dies, and so may the parents it kept
/// alive; the dead are freed in koid order, each one's frames in ascending page order (D-27), they become
/// tombstones, and their snapshot children become parentless. A parent has a lower koid and children
/// higher ones: asking for them restarts the transaction in order.
/// </summary>
internal static class Lifetime
{
    public static void DestroyIfUnreferenced(CallContext context, VmoState vmo)
    {
        var dying = new List<VmoState>();
        var current = context.Vmo(vmo.Koid, vmo.Actor);
        while (!current.Referenced && !current.Destroyed)
        {
            dying.Add(current);
            if (current.ChildKind == ChildKind.None || !current.ParentAlive)
            {
                break;
            }

            var parent = context.Vmo(current.ParentKoid, current.ParentActor!);
            var child = current.Koid;
            current = parent with { Children = parent.Children.RemoveAll(c => c.Koid == child) };
            context.Put(current);
        }

        var snapshots = dying.SelectMany(d => d.Children.Where(c => c.Kind == ChildKind.Snapshot)).ToList();
        context.Require(snapshots.Select(c => (c.Koid, c.Actor)));
        if (dying.Any(d => !d.Pages.IsEmpty))
        {
            context.Need(memory: true);
        }

        foreach (var dead in dying.OrderBy(d => d.Koid).Select(d => context.Vmo(d.Koid, d.Actor)))
        {
            foreach (var page in dead.Pages.Values)
            {
                context.Free(page.Frame);
            }

            context.Put(dead with
            {
                Destroyed = true,
                Pages = ImmutableSortedDictionary<ulong, Page>.Empty,
                Inherited = ImmutableSortedDictionary<ulong, ImmutableArray<byte>>.Empty,
                Children = [],
            });
        }

        foreach (var link in snapshots)
        {
            context.Put(context.Vmo(link.Koid, link.Actor) with { ParentAlive = false });
        }
    }
}
