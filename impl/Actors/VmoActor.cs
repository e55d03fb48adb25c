using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.Events;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Actors;

/// <summary>
/// One VMO: owns its <see cref="VmoState"/> (pages and frames, lock count, discardable state, children
/// links, pin counts, snapshot content). Transactions take its lock to read and change it; the reclaimer
/// may peek at it without the lock while walking its lists. A destroyed VMO stays as a tombstone that
/// answers with <c>Destroyed</c> set, so late messages never hang.
/// </summary>
[OnEventDoAction(typeof(AcquireEvent), nameof(OnAcquireAsync))]
[OnEventDoAction(typeof(PeekEvent), nameof(OnPeek))]
internal sealed class VmoActor : LockableActor<VmoState>
{
    private Boot.KernelCensus _census = null!;

    protected override Task OnInitializeAsync(Event initialEvent)
    {
        var init = (VmoInitEvent)initialEvent;
        Start(init.State, init.Census, (state, directory) => new VmoInitEvent(state, directory.Census));
        _census = init.Census;
        return Task.CompletedTask;
    }

    // A VMO whose creating call did not commit is halted: it never existed, so no image holds it.
    protected override Task OnHaltAsync(Event e)
    {
        _census.Leave(Id);
        return Task.CompletedTask;
    }

    private void OnPeek(Event e) => SendEvent(((PeekEvent)e).Requester, new PeekReplyEvent(State));
}
