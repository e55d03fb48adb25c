using Microsoft.Coyote.Actors;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>Starts one user thread: the set-up thread (<c>Client</c> -1, no fixture yet) or client <c>Client</c>.</summary>
internal sealed class HarnessThreadEvent(
    IKernelHarness harness, HarnessSettings settings, ActorId router, ulong process, IReadOnlyDictionary<string, ulong> bindings, object? fixture, int client) : Event
{
    public IKernelHarness Harness { get; } = harness;

    public HarnessSettings Settings { get; } = settings;

    public ActorId Router { get; } = router;

    public ulong Process { get; } = process;

    public IReadOnlyDictionary<string, ulong> Bindings { get; } = bindings;

    public object? Fixture { get; } = fixture;

    public int Client { get; } = client;

    public override string ToString() => Client < 0 ? "start set-up thread" : $"start user thread {Client}";
}
