using System.Collections.Immutable;

namespace VmoKernel.Model.State;

/// <summary>
/// A pinned memory token: the VMO pinned through (<see cref="VmoKoid"/>), the VMO that owns the pinned
/// page slots (<see cref="OwnerKoid"/>, differs for slices and references), the first page index in the
/// owner, and the physical addresses handed out (one per page). A PMT whose handle was closed without
/// unpinning stays, quarantined, for good (D-14), and its BTI (<see cref="BtiKoid"/>) refuses every
/// later pin (D-16).
/// </summary>
public sealed record PmtState(
    ulong Koid,
    ulong BtiKoid,
    ulong VmoKoid,
    ulong OwnerKoid,
    ulong FirstPage,
    ImmutableArray<ulong> Addresses,
    bool Quarantined)
{
    public ulong PageCount => (ulong)Addresses.Length;
}
