using Microsoft.Coyote.Actors;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// The monitors a scenario on the actor kernel runs under: every kernel monitor, as exploration registers them,
/// so each scenario checks the invariants on the kernel as well as the answers it writes down.
/// </summary>
public static class ScenarioWatch
{
    public static KernelOptions Register(IActorRuntime runtime) => Register(runtime, SeededBugSet.None);

    /// <summary>The same with seeded bugs on: what a test of the watch itself runs.</summary>
    public static KernelOptions Register(IActorRuntime runtime, SeededBugSet bugs)
    {
        MonitorCatalog.RegisterKernelMonitors(runtime);
        return new KernelOptions { Monitors = MonitorCatalog.Kernel, LockMonitors = MonitorCatalog.Locks, Bugs = bugs };
    }
}
