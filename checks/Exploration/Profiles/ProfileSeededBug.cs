namespace VmoKernel.Checks.Exploration.Profiles;

/// <summary>A seeded bug a profile must find, the harness that hunts it, and its budget.</summary>
public sealed record ProfileSeededBug(string SeededBug, string Test, ExplorationBudget Budget);
