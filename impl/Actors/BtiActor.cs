using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Actors;

/// <summary>
/// A bus transaction initiator: owns its quarantine count (<see cref="BtiState"/>). Pins hold it to refuse
/// work once a PMT is quarantined (D-16); closing a PMT handle without unpinning holds it to quarantine.
/// </summary>
[OnEventDoAction(typeof(AcquireEvent), nameof(OnAcquireAsync))]
internal sealed class BtiActor : LockableActor<BtiState>
{
    protected override Task OnInitializeAsync(Event initialEvent) => StartLending(initialEvent);
}
