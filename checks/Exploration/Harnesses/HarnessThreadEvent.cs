using Microsoft.Coyote.Actors;
using VmoKernel.Checks.Exploration.Harnesses.Boot;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// Starts one user thread: the set-up thread (<c>Client</c> -1, no fixture yet; with a <see cref="Run"/>, the set-up
/// of a kernel image, which starts no clients) or client <c>Client</c>.
/// </summary>
internal sealed class HarnessThreadEvent(
    IKernelHarness harness, HarnessSettings settings, ActorId router, ulong process, IReadOnlyDictionary<string, ulong> bindings, object? fixture, int client,
    SetUpRun? run = null) : Event
{
    public IKernelHarness Harness { get; } = harness;

    public HarnessSettings Settings { get; } = settings;

    public ActorId Router { get; } = router;

    public ulong Process { get; } = process;

    public IReadOnlyDictionary<string, ulong> Bindings { get; } = bindings;

    public object? Fixture { get; } = fixture;

    public int Client { get; } = client;

    public SetUpRun? Run { get; } = run;

    /// <summary>The same start for client <paramref name="client"/> with the set-up's <paramref name="made"/>.</summary>
    public HarnessThreadEvent ForClient(int client, object made) => new(Harness, Settings, Router, Process, Bindings, made, client);

    public override string ToString() => Client < 0 ? "start set-up thread" : $"start user thread {Client}";
}
