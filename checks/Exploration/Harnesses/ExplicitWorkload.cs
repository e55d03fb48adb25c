using System.Text.Json.Serialization;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// A harness's workload as data, so the shrinker can cut it: for each user thread, the operations it makes, each written
/// as the controlled choices that pick it (which call, which VMO, which page). A run given a workload
/// makes exactly these calls (Coyote still draws its values, which it ignores), so a shrinker can delete a call by deleting
/// its entry, and the trace records what every thread did. The set-up thread's calls are fixed by the
/// harness, but a shrinker may delete some (<see cref="SkippedSetUpCalls"/>, by their index in set-up
/// order): a deleted call is not sent to the kernel and answers ZX_OK with value 0, so a later call that
/// needed its handle fails and the candidate is rejected. A set-up that chooses (Generated's) has its choices written
/// down too (<see cref="SetUpChoices"/>), so deleting one of its calls, which shifts the schedule, cannot change what the
/// rest of the set-up builds. With <see cref="DrawsNoValues"/> the threads whose choices are written down do not
/// draw Coyote's values at all: the last edit of a shrink, whose schedule then holds no value step for calls it names.
/// </summary>
public sealed record ExplicitWorkload(
    IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>> Threads, IReadOnlyList<int>? SkippedSetUpCalls = null, bool DrawsNoValues = false,
    IReadOnlyList<int>? SetUpChoices = null)
{
    /// <summary>Operations over all threads.</summary>
    [JsonIgnore]
    public int Operations => Threads.Sum(t => t.Count);

    /// <summary>The same workload without thread <paramref name="thread"/>'s operation <paramref name="operation"/>.</summary>
    public ExplicitWorkload Without(int thread, int operation) => this with
    {
        Threads = [.. Threads.Select((ops, t) => t == thread ? (IReadOnlyList<IReadOnlyList<int>>)[.. ops.Where((_, i) => i != operation)] : ops)],
    };

    /// <summary>The same workload without any operation of thread <paramref name="thread"/>.</summary>
    public ExplicitWorkload WithoutThread(int thread) => this with { Threads = [.. Threads.Select((ops, t) => t == thread ? [] : ops)] };

    /// <summary>The same workload with set-up call <paramref name="index"/> deleted as well.</summary>
    public ExplicitWorkload WithoutSetUpCall(int index) => WithoutSetUpCalls([index]);

    /// <summary>The same workload with the set-up calls <paramref name="indices"/> deleted as well.</summary>
    public ExplicitWorkload WithoutSetUpCalls(IEnumerable<int> indices) =>
        this with { SkippedSetUpCalls = [.. (SkippedSetUpCalls ?? []).Union(indices).Order()] };

    public bool SkipsSetUpCall(int index) => SkippedSetUpCalls?.Contains(index) == true;

    /// <summary>The same workload, its client threads no longer drawing the values they ignore.</summary>
    public ExplicitWorkload WithoutDrawing() => this with { DrawsNoValues = true };

    /// <summary>The value operation <paramref name="operation"/> of <paramref name="thread"/> takes at its <paramref name="index"/>-th choice among <paramref name="count"/> options (0 past the recorded ones).</summary>
    public int Choice(int thread, int operation, int index, int count) => Pick(Threads[thread][operation], index, count);

    /// <summary>The set-up's <paramref name="index"/>-th choice among <paramref name="count"/> options (0 past the recorded ones).</summary>
    public int SetUpChoice(int index, int count) => Pick(SetUpChoices ?? [], index, count);

    private static int Pick(IReadOnlyList<int> choices, int index, int count) => index < choices.Count ? choices[index] % count : 0;
}
