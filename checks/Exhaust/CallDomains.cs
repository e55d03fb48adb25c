using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// The argument domains of a configuration: which calls are made and with which sizes, offsets,
/// lengths, options, rights, pressure levels and free-frame budgets. Handle arguments are not listed:
/// every handle the caller holds is tried, plus one value it never held (a closed handle).
/// </summary>
public sealed record CallDomains(
    ImmutableHashSet<string> Calls,
    ImmutableArray<ulong> Sizes,
    ImmutableArray<uint> CreateOptions,
    ImmutableArray<uint> Ops,
    ImmutableArray<ulong> Offsets,
    ImmutableArray<ulong> Lengths,
    ImmutableArray<uint> ChildOptions,
    ImmutableArray<uint> Rights,
    ImmutableArray<uint> InfoTopics,
    ImmutableArray<PressureLevel> Levels,
    ImmutableArray<ulong> FreeFrames)
{
    /// <summary>Every call name a configuration may list.</summary>
    public static readonly ImmutableArray<string> Known =
    [
        "process_create", "zx_vmo_create", "zx_vmo_read", "zx_vmo_write", "zx_vmo_get_size", "zx_vmo_set_size",
        "zx_vmo_op_range", "zx_vmo_create_child", "zx_vmo_transfer_data", "zx_handle_duplicate", "zx_handle_replace",
        "zx_handle_close", "zx_object_get_info", "zx_bti_pin", "zx_pmt_unpin", "zx_vmar_map", "zx_vmar_unmap",
        "reclaim", "set_free_frames",
    ];

    public bool Has(string call) => Calls.Contains(call);
}
