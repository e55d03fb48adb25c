using System.Reflection;
using Microsoft.Coyote.Actors;
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

    /// <summary>Sets up one iteration: monitors first, then the system under test, then its clients.</summary>
    public abstract void Start(IActorRuntime runtime, HarnessSettings settings);
}
