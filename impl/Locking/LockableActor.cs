using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.Boot;
using VmoKernel.Kernel.Events;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Locking;

/// <summary>An actor that owns one piece of kernel state and lends it under a lock (<see cref="Lender{TState}"/>).</summary>
internal abstract class LockableActor<TState> : Actor
    where TState : class, ILendable
{
    private Lender<TState>? _lender;

    protected TState State { get; set; } = default!;

    /// <summary>Takes the state to own and enrols in the census, saying how to start again as it is then.</summary>
    protected void Start(TState state, KernelCensus census, Func<TState, KernelDirectory, Event> restart)
    {
        State = state;
        census.Enrol(Id, () =>
        {
            var now = State;
            return new ImagePart(Id, GetType(), directory => restart(now, directory));
        });
    }

    /// <summary><see cref="Start"/> for an owner started by a <see cref="LenderInitEvent{TState}"/>.</summary>
    protected Task StartLending(Event initialEvent)
    {
        var init = (LenderInitEvent<TState>)initialEvent;
        Start(init.State, init.Census, (state, directory) => new LenderInitEvent<TState>(state, directory.Census));
        return Task.CompletedTask;
    }

    protected async Task OnAcquireAsync(Event e)
    {
        _lender ??= new Lender<TState>(Id, (to, sent) => SendEvent(to, sent), type => ReceiveEventAsync(type));
        State = await _lender.LendAsync((AcquireEvent)e, State) ?? State;
    }
}
