namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// Writes down, while a harness runs, the workload it made: each user thread's operations as the choices
/// that picked them. Every iteration starts afresh (at set-up), so after a run that stopped at its first
/// bug it holds the failing iteration's workload. Coyote runs one actor at a time, so no locking.
/// </summary>
public sealed class WorkloadRecorder
{
    private List<List<IReadOnlyList<int>>> _threads = [];
    private List<int> _setUpChoices = [];

    /// <summary>The workload of the last iteration (with the set-up's choices when it made any).</summary>
    public ExplicitWorkload Workload => new(
        [.. _threads.Select(t => (IReadOnlyList<IReadOnlyList<int>>)[.. t.Select(op => (IReadOnlyList<int>)[.. op])])],
        SetUpChoices: _setUpChoices.Count > 0 ? [.. _setUpChoices] : null);

    /// <summary>How many calls the last iteration's set-up made (or skipped).</summary>
    public int SetUpCalls { get; private set; }

    /// <summary>Starts an iteration; <paramref name="setUpCalls"/> made already when it boots from a set-up image.</summary>
    internal void Start(int threads, int setUpCalls = 0)
    {
        _threads = [.. Enumerable.Range(0, threads).Select(_ => new List<IReadOnlyList<int>>())];
        _setUpChoices = [];
        SetUpCalls = setUpCalls;
    }

    internal void SetUpCall() => SetUpCalls++;

    internal void SetUpChoice(int value) => _setUpChoices.Add(value);

    internal void Operation(int thread, IReadOnlyList<int> choices) => _threads[thread].Add(choices);
}
