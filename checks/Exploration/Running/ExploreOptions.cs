namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// One <c>checks explore</c> run as <see cref="ExploreCommand"/> takes it: the profile, optionally one
/// harness or one seeded bug to hunt, a shard <c>k/n</c>, the folder for saved traces, the CI reports to
/// write, and whether existing report files may be replaced.
/// </summary>
public sealed record ExploreOptions(string Profile, string? Test, string? SeededBug, string? Shard, string TraceFolder, string? JUnit, string? Summary, bool Force);
