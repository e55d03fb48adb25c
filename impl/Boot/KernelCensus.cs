using System.Collections.Concurrent;
using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.Boot;

/// <summary>
/// Every actor of one kernel that owns state, each with a way to say how it would start again exactly as it
/// is now (<see cref="ImagePart"/>). Actors enrol when they start and a VMO actor whose creating call did not
/// commit leaves when it halts; <see cref="ActorKernel.CaptureImage"/> reads the census once the kernel is
/// quiet. Concurrent because a kernel on the production runtime starts actors on several threads.
/// </summary>
internal sealed class KernelCensus
{
    private readonly ConcurrentDictionary<ActorId, Func<ImagePart>> _members = new();

    public void Enrol(ActorId id, Func<ImagePart> describe) => _members[id] = describe;

    public void Leave(ActorId id) => _members.TryRemove(id, out _);

    /// <summary>What every member would start from now, in actor-id order (the order they were created in).</summary>
    public IReadOnlyList<ImagePart> Take() => [.. _members.Values.Select(describe => describe()).OrderBy(part => part.Id.Value)];
}
