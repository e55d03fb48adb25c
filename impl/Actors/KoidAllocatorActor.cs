using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.Locking;

namespace VmoKernel.Kernel.Actors;

/// <summary>
/// Hands out koids in creation order (design notes, "Koids"). It is ranked last and held until the
/// creating call linearizes, so koid order is linearization order and a failed call consumes none.
/// </summary>
[OnEventDoAction(typeof(AcquireEvent), nameof(OnAcquireAsync))]
internal sealed class KoidAllocatorActor : LockableActor<KoidAllocatorState>
{
    protected override Task OnInitializeAsync(Event initialEvent) => StartLending(initialEvent);
}
