using System.Collections.Immutable;
using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Locking;

/// <summary>
/// The reclaimer's lists as a transaction sees them under its lock (<c>Members</c>, least recently
/// unlocked first), and the changes the transaction hands back on commit (<c>Changes</c>, applied in order).
/// </summary>
internal sealed record ReclaimListsState(ImmutableArray<(ulong Koid, ActorId Actor)> Members, ImmutableArray<ReclaimListChange> Changes) : ILendable;
