using Microsoft.Coyote.Actors;
using VmoKernel.Checks.Exploration.Harnesses.Boot;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// A harness over the actor kernel. Each iteration registers the kernel monitors
/// (<see cref="MonitorCatalog.Kernel"/>, in their order), then either boots the kernel from the image its
/// set-up left (<see cref="SetUpImages"/>: the set-up's calls are not part of the schedule, the monitors are
/// told of them first) or starts a fresh kernel with the run's seeded bugs and runs <see cref="SetUpAsync"/> as
/// one user thread; then it starts <see cref="Clients"/> concurrent user threads, each making
/// <see cref="OperationsPerClient"/> operations chosen with controlled randomness, or exactly the operations of
/// the settings' <see cref="ExplicitWorkload"/>.
/// </summary>
/// <typeparam name="TFixture">What set-up made (handles) and every operation may use.</typeparam>
public abstract class KernelHarness<TFixture> : ExplorationHarness, IKernelHarness
    where TFixture : notnull
{
    /// <summary>How many user threads run operations concurrently.</summary>
    protected abstract int Clients { get; }

    /// <summary>How many operations each user thread makes.</summary>
    protected abstract int OperationsPerClient { get; }

    /// <summary>Makes the objects the operations work on, one call at a time.</summary>
    protected abstract Task<TFixture> SetUpAsync(KernelCaller caller);

    /// <summary>Makes one operation for user thread <paramref name="client"/>, chosen with <see cref="KernelCaller.Choose"/>.</summary>
    protected abstract Task OperateAsync(KernelCaller caller, TFixture fixture, int client);

    protected override void StartActors(IActorRuntime runtime, HarnessSettings settings)
    {
        MonitorCatalog.RegisterKernelMonitors(runtime);
        var options = new KernelOptions { Monitors = MonitorCatalog.Kernel, LockMonitors = MonitorCatalog.Locks, Bugs = settings.Bugs };
        if (SetUpImages.For(this, settings) is { } image)
        {
            var booted = KernelHost.Boot(runtime, image.Kernel, options);
            foreach (var notification in image.Notifications)
            {
                MonitorCatalog.Tell(runtime, notification);
            }

            settings.Recorder?.Start(Clients, image.Answers.Count);
            HarnessThreadActor.StartClients(
                new HarnessThreadEvent(this, settings, booted.Router, booted.InitialProcess, booted.InitialBindings, null, -1),
                image.Fixture(this, booted.InitialProcess, booted.InitialBindings),
                start => runtime.CreateActor(typeof(HarnessThreadActor), start));
            return;
        }

        HarnessThreadActor.StartSetUp(runtime, this, KernelHost.Start(runtime, options), settings, null);
    }

    int IKernelHarness.Clients => Clients;

    int IKernelHarness.OperationsPerClient => OperationsPerClient;

    async Task<object> IKernelHarness.SetUpAsync(KernelCaller caller) => await SetUpAsync(caller);

    Task IKernelHarness.OperateAsync(KernelCaller caller, object fixture, int client) => OperateAsync(caller, (TFixture)fixture, client);
}
