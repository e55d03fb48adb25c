using Microsoft.Coyote.Actors;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// The baseline: two actors bounce an event back and forth and do nothing else. Its steps per second
/// are what Coyote costs on this machine; a kernel harness's ratio to it is what the kernel's own work
/// costs (docs/benchmarks.md, "Throughput per harness").
/// </summary>
[ChecksSpec("LIVE-01")]
public sealed class PingPongHarness : ExplorationHarness
{
    /// <summary>Round trips per iteration: enough scheduling steps to measure, few enough to stay fast.</summary>
    public const int Rounds = 50;

    public override string Name => "PingPong";

    public override string Description => "baseline: two bare actors exchange 50 ping/pong events";

    protected override void StartActors(IActorRuntime runtime, HarnessSettings settings)
    {
        var ponger = runtime.CreateActor(typeof(PongerActor));
        runtime.CreateActor(typeof(PingerActor), new PingerActor.Setup(ponger));
    }

    private sealed class PingEvent(ActorId from) : Event
    {
        public ActorId From { get; } = from;
    }

    private sealed class PongEvent : Event;

    [OnEventDoAction(typeof(PongEvent), nameof(OnPong))]
    private sealed class PingerActor : Actor
    {
        private ActorId? _ponger;
        private int _rounds;

        protected override Task OnInitializeAsync(Event initialEvent)
        {
            _ponger = ((Setup)initialEvent).Ponger;
            SendEvent(_ponger, new PingEvent(Id));
            return Task.CompletedTask;
        }

        private void OnPong()
        {
            if (++_rounds < Rounds)
            {
                SendEvent(_ponger!, new PingEvent(Id));
            }
        }

        public sealed class Setup(ActorId ponger) : Event
        {
            public ActorId Ponger { get; } = ponger;
        }
    }

    [OnEventDoAction(typeof(PingEvent), nameof(OnPing))]
    private sealed class PongerActor : Actor
    {
        private void OnPing(Event e) => SendEvent(((PingEvent)e).From, new PongEvent());
    }
}
