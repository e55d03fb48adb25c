using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Boot;

/// <summary>
/// One actor of a kernel image: its id in the kernel it was taken from, its type, and the event that starts an
/// actor of that type with the state it had then, given the directory of the kernel that boots it (states are
/// immutable records, so every boot shares them safely).
/// </summary>
internal sealed record ImagePart(ActorId Id, Type Actor, Func<KernelDirectory, Event> Init)
{
    /// <summary>The name the id was made with (<c>router</c>, <c>p0</c>), or null when it was made without one.</summary>
    public string? Name
    {
        get
        {
            var suffix = $"({Id.Value})";
            var name = Id.Name.EndsWith(suffix, StringComparison.Ordinal) ? Id.Name[..^suffix.Length] : Id.Name;
            return name == Actor.FullName ? null : name;
        }
    }
}
