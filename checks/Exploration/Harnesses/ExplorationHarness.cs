using System.Reflection;
using Microsoft.Coyote.Actors;
using Microsoft.Coyote.Runtime;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// One Coyote test: it registers its monitors, starts what it tests, and starts client actors that pick
/// operations with Coyote's controlled randomness, so every iteration explores a different schedule and
/// a different choice of operations. A harness must be deterministic given Coyote's choices: no clocks,
/// no unseeded randomness, no threads of its own (a saved schedule would not replay otherwise).
/// </summary>
public abstract class ExplorationHarness
{
    /// <summary>The name profiles, <c>--test</c> and traces use.</summary>
    public abstract string Name { get; }

    /// <summary>One line: what runs against what.</summary>
    public abstract string Description { get; }

    /// <summary>
    /// The spec ID a Coyote-detected deadlock in this harness violates (every call is eventually answered,
    /// unless the harness is about a more specific liveness property).
    /// </summary>
    public virtual string DeadlockSpecId => "LIVE-01";

    /// <summary>The seeded bugs this harness hunts: its <see cref="HuntsAttribute"/>s, in enum order.</summary>
    public IReadOnlyList<SeededBug> Hunts => [.. GetType().GetCustomAttributes<HuntsAttribute>().Select(a => a.Bug).Order()];

    /// <summary>The spec IDs this harness is meant to check: its <see cref="ChecksSpecAttribute"/> (none when it has none).</summary>
    public IReadOnlyList<string> ChecksSpec => GetType().GetCustomAttribute<ChecksSpecAttribute>()?.SpecIds ?? [];

    /// <summary>
    /// Sets up one iteration (<see cref="StartActors"/>) as one atomic step of the test's first operation.
    /// Creating an actor or sending from the test entry is a scheduling point, but no interleaving there can
    /// matter: until the entry returns, the actors it made have only their start events (a booted kernel's
    /// actors may already hold each other's ids, and must not run before all of them exist). Suppressing those
    /// points keeps about twenty steps of every trace that no schedule could change out of the schedule, and
    /// out of what a shrunk trace is measured by; Coyote still chooses freely among all of them once it returns.
    /// </summary>
    public void Start(IActorRuntime runtime, HarnessSettings settings)
    {
        if (settings.StartInSchedule)
        {
            StartActors(runtime, settings);
            return;
        }

        SchedulingPoint.Suppress();
        try
        {
            StartActors(runtime, settings);
        }
        finally
        {
            SchedulingPoint.Resume();
        }
    }

    /// <summary>Creates the iteration's actors: monitors first, then the system under test, then its clients.</summary>
    protected abstract void StartActors(IActorRuntime runtime, HarnessSettings settings);
}
