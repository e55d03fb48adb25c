using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.State;

/// <summary>
/// The pages a PMT holds pinned: in the VMO that owns the page slots, <c>PageCount</c> pages from
/// <c>FirstPage</c>; the VMO they were pinned through (a slice or reference, or the owner itself); the BTI.
/// </summary>
internal sealed record PinnedRange(ulong VmoKoid, ActorId VmoActor, ulong FirstPage, ulong PageCount, ulong ThroughKoid, ActorId ThroughActor, ObjectRef Bti);
