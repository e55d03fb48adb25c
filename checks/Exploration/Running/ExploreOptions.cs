namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// One <c>checks explore</c> run as <see cref="ExploreCommand"/> takes it: the profile, optionally one
/// harness or one seeded bug to hunt, a shard <c>k/n</c>, the folder for saved traces, the CI reports to
/// write, and whether existing report files may be replaced; the coverage report to write and whether a
/// call record that never overlapped another call fails the run.
/// </summary>
public sealed record ExploreOptions(
    string Profile, string? Test, string? SeededBug, string? Shard, string TraceFolder, string? JUnit, string? Summary, bool Force,
    string? Coverage = null, bool RequireOverlap = false);
