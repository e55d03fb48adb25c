using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// zx_info_vmo_t as the model reports it (design notes, "Values of calls"): size_bytes is the
/// page-rounded size; committed_bytes and populated_bytes count the frames the VMO itself holds
/// (D-10, INV-MEM-04); num_mappings counts mappings in every process and share_count the processes that
/// map it, or 1 when it has fewer than two mappings (VmObject::share_count answers 1 without counting then,
/// so an unmapped VMO reports 1, not 0); parent_koid is the parent at creation; cache_policy is 0 (cached)
/// for paged and contiguous VMOs and 1 (uncached) for physical ones, which also count as contiguous
/// (VmObjectPhysical::is_contiguous).
/// </summary>
public static class VmoInfo
{
    public static Value Of(KernelState state, VmoState vmo, Rights rights)
    {
        // Mappings of this VMO in every process, and the number of processes with at least one.
        ulong mapped = 0, sharers = 0;
        foreach (var (_, process) in state.Processes)
        {
            ulong here = 0;
            foreach (var (_, mapping) in process.Mappings)
            {
                here += mapping.VmoKoid == vmo.Koid ? 1UL : 0UL;
            }

            mapped += here;
            sharers += here > 0 ? 1UL : 0UL;
        }

        var committed = (ulong)vmo.Pages.Count * Ranges.PageSize;
        return Value.Record(
            ("koid", Value.Int(vmo.Koid)),
            ("size_bytes", Value.Int(vmo.Size)),
            ("parent_koid", Value.Int(vmo.Parent?.ParentKoid ?? 0)),
            ("num_children", Value.Int((ulong)vmo.Children.Count)),
            ("num_mappings", Value.Int(mapped)),
            ("share_count", Value.Int(mapped < 2 ? 1 : sharers)),
            ("flags", Value.Int(Flags(vmo))),
            ("committed_bytes", Value.Int(committed)),
            ("handle_rights", Value.Int((ulong)rights)),
            ("cache_policy", Value.Int(vmo.Is(VmoTraits.Physical) ? 1UL : 0UL)),
            ("committed_change_events", Value.Int(vmo.CommittedChangeEvents)),
            ("populated_bytes", Value.Int(committed)));
    }

    public static uint Flags(VmoState vmo)
    {
        var flags = (vmo.Is(VmoTraits.Physical) ? InfoVmoFlags.TypePhysical : InfoVmoFlags.TypePaged) | InfoVmoFlags.ViaHandle;
        flags |= vmo.Is(VmoTraits.Resizable) ? InfoVmoFlags.Resizable : 0;
        flags |= vmo.Is(VmoTraits.Discardable) ? InfoVmoFlags.Discardable : 0;
        flags |= vmo.Is(VmoTraits.PagerBacked) ? InfoVmoFlags.PagerBacked : 0;
        flags |= vmo.Is(VmoTraits.Contiguous) || vmo.Is(VmoTraits.Physical) ? InfoVmoFlags.Contiguous : 0;
        if (vmo.Parent is { IsCopyOnWrite: true } link)
        {
            flags |= InfoVmoFlags.IsCowClone | (link.Immutable ? InfoVmoFlags.Immutable : 0);
        }

        return flags;
    }
}
