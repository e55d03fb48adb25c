using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Model.State;

/// <summary>
/// One VMO. <see cref="Size"/> is page-rounded. <see cref="Pages"/> holds the frames this VMO itself
/// owns (page index -> slot); a snapshot child also keeps <see cref="Captured"/>, the parent's non-zero
/// pages at creation, read where the child has no page of its own (D-10). Views (slice, reference)
/// hold neither and resolve to their parent. Maps are sparse, so a VMO near 2^64 bytes costs nothing.
/// <see cref="Pins"/> counts pins per page index of the pages this VMO owns. <see cref="Hidden"/> holds
/// page intervals [start, end) of an at-least-on-write child where ZERO, DECOMMIT or a shrink cut the
/// parent off, so those pages read zero until written.
/// </summary>
public sealed record VmoState(
    ulong Koid,
    ulong Size,
    VmoTraits Traits,
    ImmutableSortedDictionary<ulong, PageSlot> Pages,
    ImmutableSortedDictionary<ulong, PageBytes> Captured,
    ImmutableSortedDictionary<ulong, uint> Pins,
    ImmutableSortedDictionary<ulong, ulong> Hidden,
    DiscardState Discard,
    ulong CommittedChangeEvents,
    ParentLink? Parent,
    ImmutableSortedSet<ulong> Children,
    ulong PagerKoid,
    ulong PhysicalBase,
    ulong CreatedAt)
{
    public static VmoState Create(ulong koid, ulong size, VmoTraits traits, ulong clock) => new(
        koid,
        size,
        traits,
        ImmutableSortedDictionary<ulong, PageSlot>.Empty,
        ImmutableSortedDictionary<ulong, PageBytes>.Empty,
        ImmutableSortedDictionary<ulong, uint>.Empty,
        ImmutableSortedDictionary<ulong, ulong>.Empty,
        DiscardState.Initial with { LastUnlock = clock },
        0,
        null,
        ImmutableSortedSet<ulong>.Empty,
        0,
        0,
        clock);

    public ulong PageCount => Size / KernelLayout.PageSize;

    public bool Is(VmoTraits trait) => (Traits & trait) != 0;

    public bool IsDiscardable => Is(VmoTraits.Discardable);

    public bool IsLockless => Is(VmoTraits.Lockless);

    public bool IsView => Parent is { IsView: true };

    public bool HasPins => !Pins.IsEmpty;

    /// <summary>A regular (not lockless) discardable VMO that was discarded and is unlocked refuses access (D-5, D-13).</summary>
    public bool RefusesAccess => IsDiscardable && !IsLockless && Discard.Discarded && Discard.LockCount == 0;

    public bool IsPinned(ulong pageIndex) => Pins.ContainsKey(pageIndex);

    public bool IsHidden(ulong page) => Hidden.Any(interval => interval.Key <= page && page < interval.Value);
}
