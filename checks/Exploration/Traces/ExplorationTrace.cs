using System.Text.Json;
using VmoKernel.Checks.Exploration.Harnesses;

namespace VmoKernel.Checks.Exploration.Traces;

/// <summary>
/// A saved failing schedule (architecture.md, "Traces"): everything needed to run it again, in any clone
/// of the same sources (<see cref="SourceDigest"/>, not a path), and to refuse running it against the
/// wrong thing. <see cref="Release"/> and <see cref="Configuration"/> only say where it was recorded.
/// <see cref="Digest"/> is a hash over every other field, so a header or step edited by hand is detected.
/// <see cref="Workload"/> (set by <c>shrink</c>) is each user thread's list of operations; when present the
/// run makes exactly those (Coyote's value steps are still drawn, and ignored).
/// </summary>
public sealed record ExplorationTrace(
    string Format,
    string Release,
    string Configuration,
    string SourceDigest,
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
    string Digest,
    ExplicitWorkload? Workload = null)
{
    public const string CurrentFormat = "vmo-kernel-model/exploration-trace/2";
}
