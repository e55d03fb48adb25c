using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.State;

/// <summary>A parent's link to one of its children.</summary>
public sealed record ChildLink(ulong Koid, ActorId Actor, ChildKind Kind);
