using System.Collections.Immutable;

namespace VmoKernel.Kernel.Notifications;

/// <summary>One discard (by the reclaimer or by DONT_NEED): the VMO, its lock count and pinned pages at that moment, and the frames freed.</summary>
public sealed record DiscardFact(ulong Koid, long LockCountAtDiscard, int PinnedPages, ImmutableArray<ulong> FreedFrames);
