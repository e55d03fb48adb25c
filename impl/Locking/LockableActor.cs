using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.Locking;

/// <summary>An actor that owns one piece of kernel state and lends it under a lock (<see cref="Lender{TState}"/>).</summary>
internal abstract class LockableActor<TState> : Actor
    where TState : class, ILendable
{
    private Lender<TState>? _lender;

    protected TState State { get; set; } = default!;

    protected async Task OnAcquireAsync(Event e)
    {
        _lender ??= new Lender<TState>(Id, (to, sent) => SendEvent(to, sent), type => ReceiveEventAsync(type));
        State = await _lender.LendAsync((AcquireEvent)e, State) ?? State;
    }
}
