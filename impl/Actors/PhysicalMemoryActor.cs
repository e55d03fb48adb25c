using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Actors;

/// <summary>
/// Physical memory: the frame allocator and the free budget (<see cref="PhysicalMemoryState"/>). It is
/// ranked after every VMO, so a transaction takes it last but one, and holds it until its call has
/// linearized: an allocation and the call that needed it are one step for the monitors.
/// </summary>
[OnEventDoAction(typeof(AcquireEvent), nameof(OnAcquireAsync))]
internal sealed class PhysicalMemoryActor : LockableActor<PhysicalMemoryState>
{
    protected override Task OnInitializeAsync(Event initialEvent) => StartLending(initialEvent);
}
