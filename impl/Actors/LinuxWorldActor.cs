using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.Events;
using VmoKernel.Kernel.Linux.State;
using VmoKernel.Kernel.Locking;

namespace VmoKernel.Kernel.Actors;

/// <summary>
/// The Linux surface's world (<see cref="LinuxWorldState"/>): every mm, anonymous page, uffd, pipe and
/// blocked thread, lent under one lock ranked after the VMOs and before physical memory, so a Linux call
/// takes it and then the frames it needs, and the reclaimer takes it after the discardable VMOs.
/// </summary>
[OnEventDoAction(typeof(AcquireEvent), nameof(OnAcquireAsync))]
[OnEventDoAction(typeof(PeekEvent), nameof(OnPeek))]
internal sealed class LinuxWorldActor : LockableActor<LinuxWorldState>
{
    protected override Task OnInitializeAsync(Event initialEvent) => StartLending(initialEvent);

    // Only a deep seeded bug (issue 16) reads the world without its lock; a lent world answers after its release.
    private void OnPeek(Event e) => SendEvent(((PeekEvent)e).Requester, new LinuxPeekReplyEvent(State));
}
