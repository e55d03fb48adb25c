namespace VmoKernel.Checks.Exploration.Profiles;

/// <summary>
/// A seeded bug a profile must find and its budget. The harness that hunts it is the bug's declared one
/// (<see cref="SeededBugEntry.Harness"/>): a profile gives budgets only, never links.
/// </summary>
public sealed record ProfileSeededBug(SeededBugEntry Bug, ExplorationBudget Budget);
