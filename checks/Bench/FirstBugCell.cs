namespace VmoKernel.Checks.Bench;

/// <summary>One seeded bug under one strategy: how many seeds found it, and the medians over those that did.</summary>
public sealed record FirstBugCell(string SeededBug, string Strategy, int Seeds, int Found, double? MedianIterations, double? MedianSeconds, string Budget);
