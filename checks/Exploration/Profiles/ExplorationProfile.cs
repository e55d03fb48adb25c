namespace VmoKernel.Checks.Exploration.Profiles;

/// <summary>
/// One named profile of <c>coyote.json</c>: the harnesses it explores clean, the seeded bugs it must find,
/// and how (strategy, seed, step bound, budgets). Loaded by <see cref="ProfileCatalog"/>, which has
/// already checked every name and number, so a profile in hand is always runnable.
/// </summary>
public sealed record ExplorationProfile(
    string Name,
    string Description,
    ExplorationStrategy Strategy,
    uint? StrategyBound,
    uint Seed,
    uint MaxSteps,
    IReadOnlyList<ProfileTest> Tests,
    IReadOnlyList<ProfileSeededBug> SeededBugs);
