using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Linux.Rules;

/// <summary>
/// What pressure takes on the Linux side (L-3): every droppable page, dirty or not (seed 003); every
/// clean MADV_FREE page; every volatile page all of whose mappings are volatile, which becomes purged
/// in every process mapping it (L-7). Ordinary anonymous pages are never taken (no swap, L-1). The
/// reclaimer takes it all at every level above NORMAL; MADV_PAGEOUT takes the same from its range.
/// </summary>
public static class LinuxReclaim
{
    /// <summary>Reclaim over every process.</summary>
    public static KernelState TakeAll(KernelState state) =>
        state.Linux.Processes.Keys.Aggregate(state, (s, p) => Take(s, p, 0, ulong.MaxValue));

    /// <summary>Takes what may be taken from [start, end) of <paramref name="process"/>.</summary>
    public static KernelState Take(KernelState state, ulong process, ulong start, ulong end)
    {
        var world = state.Linux;
        var me = world.Process(process);
        var updates = new List<(ulong Process, ulong Page, Pte? Entry)>();
        foreach (var (page, pte) in me.Ptes.Where(e => e.Key >= start && e.Key < end && e.Value.HasFrame))
        {
            var vma = me.VmaAt(page);
            if (vma is null)
            {
                continue;
            }

            if (vma.Has(VmFlags.Droppable) || pte.LazyFree)
            {
                updates.Add((process, page, null));
            }
            else if (vma.Has(VmFlags.Volatile) && AllMappingsVolatile(world, pte.Page, out var mappings))
            {
                updates.AddRange(mappings.Select(m => (m.Process, m.Page, (Pte?)Pte.PurgeMarker)));
            }
        }

        foreach (var (owner, page, entry) in updates)
        {
            var p = world.Process(owner);
            world = world.WithProcess(owner, p with { Ptes = entry is null ? p.Ptes.Remove(page) : p.Ptes.SetItem(page, entry) });
        }

        return updates.Count == 0 ? state : LinuxPages.Collect(state with { Linux = world });
    }

    /// <summary>Whether every entry mapping <paramref name="page"/> lies in a volatile VMA; the entries are listed.</summary>
    private static bool AllMappingsVolatile(LinuxWorld world, ulong page, out List<(ulong Process, ulong Page)> mappings)
    {
        mappings = [];
        foreach (var (koid, p) in world.Processes)
        {
            foreach (var (address, entry) in p.Ptes.Where(e => e.Value.Page == page))
            {
                if (p.VmaAt(address) is not { } vma || !vma.Has(VmFlags.Volatile))
                {
                    return false;
                }

                mappings.Add((koid, address));
            }
        }

        return true;
    }
}
