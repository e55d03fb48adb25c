using System.Collections.Immutable;

namespace VmoKernel.Kernel.Notifications;

/// <summary>
/// What a VMO looks like right after a linearization point that touched it: its page → frame map,
/// pin counts, lock count and discard state. Invariant monitors keep these per koid.
/// </summary>
public sealed record VmoFacts(
    ulong Koid,
    ulong Size,
    long LockCount,
    bool Discarded,
    bool Destroyed,
    ImmutableSortedDictionary<ulong, ulong> Frames,
    ImmutableSortedDictionary<ulong, int> Pins);
