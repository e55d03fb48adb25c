using System.Text.Json;

namespace VmoKernel.Checks.Exploration.Traces;

/// <summary>
/// A saved failing schedule (architecture.md, "Traces"): everything needed to run it again and to refuse
/// running it against the wrong thing. <see cref="Fingerprint"/> binds the test, the seeded-bug switches
/// and the Coyote schedule together, so a file edited to claim other switches is refused, not misreplayed.
/// </summary>
public sealed record ExplorationTrace(
    string Format,
    string ToolVersion,
    string Test,
    string Profile,
    uint Seed,
    string Strategy,
    uint? StrategyBound,
    uint MaxSteps,
    IReadOnlyList<string> SeededBugs,
    string? SpecId,
    string Failure,
    uint Iteration,
    JsonElement CoyoteTrace,
    string Fingerprint)
{
    public const string CurrentFormat = "vmo-kernel-model/exploration-trace/1";
}
