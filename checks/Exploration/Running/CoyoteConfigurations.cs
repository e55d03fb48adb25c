using System.Reflection;
using Microsoft.Coyote;
using VmoKernel.Checks.Exploration.Profiles;

namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// The only place a Coyote <see cref="Configuration"/> is built: from a profile for exploring, from a
/// saved schedule for replaying, one schedule for a scenario run on the kernel, and Coyote's uncontrolled
/// (production) runtime for stress runs and tests that drive the kernel directly. Telemetry is always off
/// (no network here) and Coyote's own console output is silenced; the CLI prints its own lines.
/// </summary>
public static class CoyoteConfigurations
{
    /// <summary>A configuration that explores with the profile's strategy, seed and step bound for the given budget.</summary>
    public static Configuration ForExploration(ExplorationProfile profile, ExplorationBudget budget)
    {
        var configuration = Base(profile.MaxSteps).WithRandomGeneratorSeed(profile.Seed);
        configuration = budget.Iterations is { } iterations
            ? configuration.WithTestingIterations(iterations)
            : configuration.WithTestingIterations(uint.MaxValue).WithTestingTimeout((int)budget.TimeBudgetSeconds!.Value);
        return profile.Strategy switch
        {
            ExplorationStrategy.Random => configuration.WithRandomStrategy(),
            ExplorationStrategy.Probabilistic => configuration.WithProbabilisticStrategy(profile.StrategyBound ?? 3),
            ExplorationStrategy.Prioritization => configuration.WithPrioritizationStrategy(false, profile.StrategyBound ?? 10),
            // Coyote's default exploration mode is its tuned portfolio; naming any strategy turns it off.
            ExplorationStrategy.Portfolio => configuration,
            ExplorationStrategy.Dfs => WithDepthFirstStrategy(configuration),
            _ => throw new ArgumentOutOfRangeException(nameof(profile), profile.Strategy, "unknown strategy"),
        };
    }

    /// <summary>
    /// Coyote 1.7.11 implements depth-first search (<c>DFSStrategy</c>, used by its own <c>coyote test
    /// --strategy dfs</c>) but keeps <c>Configuration.WithDFSStrategy</c> internal, so it is called by name;
    /// a Coyote without it is an internal error naming the method, not a silent fallback to another strategy.
    /// </summary>
    private static Configuration WithDepthFirstStrategy(Configuration configuration)
    {
        var method = typeof(Configuration).GetMethod("WithDFSStrategy", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)
            ?? throw new InvalidOperationException("this Coyote has no Configuration.WithDFSStrategy; the dfs strategy needs Coyote 1.7.11");
        return (Configuration)method.Invoke(configuration, null)!;
    }

    /// <summary>A configuration that runs exactly the saved schedule once.</summary>
    public static Configuration ForReplay(string reproducibleTrace, uint maxSteps) =>
        Base(maxSteps).WithTestingIterations(1).WithReproducibleTrace(reproducibleTrace);

    /// <summary>
    /// The most scheduling steps one scenario may take on the actor kernel. The longest of the 868 scenarios of
    /// 2026-12-05 takes 665 (about 25 per call), so this leaves room for scenarios of some 4,000 calls, while a
    /// kernel that never settles (a call retried forever) fails its scenario at a tenth of the million steps the
    /// bound was before.
    /// </summary>
    public const uint ScenarioStepBound = 100_000;

    /// <summary>A configuration that runs one schedule of a scenario (checks scenario --kernel).</summary>
    public static Configuration ForScenario() => Base(ScenarioStepBound).WithTestingIterations(1);

    /// <summary>A configuration that runs one schedule of a harness's set-up, to take the kernel image it leaves.</summary>
    public static Configuration ForSetUpImage() => Base(1_000_000).WithTestingIterations(1);

    /// <summary>
    /// A configuration for <c>RuntimeFactory.Create</c>: Coyote's production runtime, which schedules
    /// nothing (the thread pool does). With <paramref name="monitors"/>, registered monitors run there too.
    /// </summary>
    public static Configuration ForUncontrolledRuntime(bool monitors)
    {
        var configuration = Quiet();
        if (monitors)
        {
            // Coyote 1.7 keeps this switch internal; a Coyote without it is an internal error, not monitors silently off.
            var enable = typeof(Configuration).GetMethod("WithMonitoringEnabledOutsideTesting", BindingFlags.Instance | BindingFlags.NonPublic)
                ?? throw new InvalidOperationException("this Coyote version cannot run monitors outside testing (expected 1.7.x)");
            enable.Invoke(configuration, [true]);
        }

        return configuration;
    }

    private static Configuration Quiet() =>
        Configuration.Create()
            .WithTelemetryEnabled(false)
            .WithConsoleLoggingEnabled(false);

    private static Configuration Base(uint maxSteps) =>
        Quiet()
            .WithMaxSchedulingSteps(maxSteps)
            // Actors only, no rewriting: anything Coyote does not control would make schedules unreplayable.
            .WithPartiallyControlledConcurrencyAllowed(false);
}
