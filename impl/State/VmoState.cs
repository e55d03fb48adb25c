using System.Collections.Immutable;
using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel.Locking;

namespace VmoKernel.Kernel.State;

/// <summary>
/// Everything one VMO owns, as the immutable value its <c>VmoActor</c> holds and lends to the transaction
/// that holds the VMO's lock. Page slots are indexed by page number; <c>Inherited</c> is the content a
/// snapshot child captured from its parent at creation (frameless, D-10); views (slice, reference) hold
/// no pages and resolve to their parent's slots.
/// </summary>
public sealed record VmoState : ILendable
{
    public required ulong Koid { get; init; }

    public required ActorId Actor { get; init; }

    public ulong Size { get; init; }

    public uint CreateOptions { get; init; }

    public bool Resizable { get; init; }

    public bool Contiguous { get; init; }

    public bool Physical { get; init; }

    public ulong PhysicalBase { get; init; }

    public bool PagerBacked { get; init; }

    public bool Immutable { get; init; }

    public ChildKind ChildKind { get; init; }

    public ulong ParentKoid { get; init; }

    public ActorId? ParentActor { get; init; }

    public ulong ParentOffset { get; init; }

    public ImmutableList<ChildLink> Children { get; init; } = [];

    /// <summary>For an at-least-on-write child: how many of its pages may show the parent (the parent's size at creation).</summary>
    public ulong ParentLimit { get; init; }

    /// <summary>For an at-least-on-write child: page intervals [start, end) where ZERO, DECOMMIT or a shrink hid the parent.</summary>
    public ImmutableSortedDictionary<ulong, ulong> Hidden { get; init; } = ImmutableSortedDictionary<ulong, ulong>.Empty;

    public ImmutableSortedDictionary<ulong, Page> Pages { get; init; } = ImmutableSortedDictionary<ulong, Page>.Empty;

    public ImmutableSortedDictionary<ulong, ImmutableArray<byte>> Inherited { get; init; } =
        ImmutableSortedDictionary<ulong, ImmutableArray<byte>>.Empty;

    public ImmutableSortedDictionary<ulong, int> Pins { get; init; } = ImmutableSortedDictionary<ulong, int>.Empty;

    public long LockCount { get; init; }

    public DiscardState DiscardState { get; init; }

    public bool DiscardedSinceLock { get; init; }

    public bool Hinted { get; init; }

    public int HandleCount { get; init; }

    /// <summary>Mappings of this VMO per process koid (num_mappings is their sum, share_count the processes).</summary>
    public ImmutableSortedDictionary<ulong, int> Mappers { get; init; } = ImmutableSortedDictionary<ulong, int>.Empty;

    /// <summary>False once the parent is destroyed: a snapshot child then counts as parentless (transfer_data's source check).</summary>
    public bool ParentAlive { get; init; } = true;

    public int PinReferences { get; init; }

    public ulong ChangeEvents { get; init; }

    public bool Destroyed { get; init; }

    public bool Discardable => (CreateOptions & (VmoOptions.Discardable | VmoOptions.DiscardableLockless)) != 0;

    public bool Lockless => (CreateOptions & VmoOptions.DiscardableLockless) != 0;

    public bool IsView => ChildKind is ChildKind.Slice or ChildKind.Reference;

    public ulong PageCount => Size / KernelLayout.PageSize;

    /// <summary>A regular discardable VMO that was discarded and not locked since: its contents are gone (D-5, D-13).</summary>
    public bool DiscardedUnlocked => Discardable && !Lockless && DiscardState == DiscardState.Discarded && LockCount == 0;

    public bool HasPinsIn(ulong firstPage, ulong count) =>
        Pins.Any(p => p.Value > 0 && p.Key >= firstPage && p.Key - firstPage < count);

    public bool HasAnyPin => Pins.Any(p => p.Value > 0);

    public int MappingCount => Mappers.Values.Sum();

    public bool HasParent => ChildKind != ChildKind.None && ParentAlive;

    /// <summary>
    /// An absent page of this page owner would not read as zeros, so DECOMMIT is refused
    /// (VmCowPages::DecommitRange): a live copy-on-write parent or a pager. The hidden parent the real
    /// kernel puts above a VMO with a snapshot child is not modelled (D-10, D-28).
    /// </summary>
    public bool CannotDecommit => PagerBacked || (HasParent && ChildKind is ChildKind.Snapshot or ChildKind.AtLeastOnWrite);

    /// <summary>
    /// Live references that keep the VMO alive (INV-HANDLE-02): handles, mappings, PMTs (through it or of
    /// its pages), views and at-least-on-write children; snapshot children hold their own capture.
    /// </summary>
    public bool Referenced => HandleCount > 0 || MappingCount > 0 || PinReferences > 0 || HasAnyPin ||
        Children.Any(c => c.Kind != ChildKind.Snapshot);

    public bool IsHidden(ulong page) => Hidden.Any(interval => interval.Key <= page && page < interval.Value);

    /// <summary>This child with [first, last) no longer showing its at-least-on-write parent (D-10).</summary>
    public VmoState Hide(ulong first, ulong last)
    {
        if (ChildKind != ChildKind.AtLeastOnWrite)
        {
            return this;
        }

        last = Math.Min(last, ParentLimit);
        if (first >= last)
        {
            return this;
        }

        var overlapping = Hidden.Where(i => i.Key <= last && first <= i.Value).ToList();
        var start = overlapping.Select(i => i.Key).Append(first).Min();
        var end = overlapping.Select(i => i.Value).Append(last).Max();
        return this with { Hidden = Hidden.RemoveRange(overlapping.Select(i => i.Key)).Add(start, end) };
    }

    public VmoState WithMapping(ulong process, int delta)
    {
        var count = Mappers.GetValueOrDefault(process) + delta;
        return this with { Mappers = count == 0 ? Mappers.Remove(process) : Mappers.SetItem(process, count) };
    }
}
