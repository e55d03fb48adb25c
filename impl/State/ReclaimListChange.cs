using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.State;

/// <summary>What a transaction holding the reclaimer's lock changes in its lists (applied when the lock is released).</summary>
internal sealed record ReclaimListChange(ulong Koid, ActorId Actor, ReclaimListChangeKind Kind);
