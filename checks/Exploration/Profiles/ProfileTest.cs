namespace VmoKernel.Checks.Exploration.Profiles;

/// <summary>A harness a profile explores with every seeded bug off, and its budget.</summary>
public sealed record ProfileTest(string Test, ExplorationBudget Budget);
