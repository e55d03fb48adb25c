using CoyoteMonitor = Microsoft.Coyote.Specifications.Monitor;

namespace VmoKernel.Checks.Exploration.Harnesses.Boot;

/// <summary>Where the set-up thread of an image run leaves what it did (<see cref="HarnessThreadActor"/>).</summary>
internal sealed class SetUpRun
{
    /// <summary>The monitors' notifications of the set-up's calls, in order (the kernel's tap).</summary>
    public List<CoyoteMonitor.Event> Notifications { get; } = [];

    /// <summary>Every call the set-up made (or skipped, as the workload said) with its answer, in order.</summary>
    public List<SetUpAnswer> Answers { get; } = [];

    /// <summary>Set once the set-up has returned: an actor id value its runtime had not yet used then.</summary>
    public ulong? FirstFreeId { get; set; }

    /// <summary>The set-up made a controlled choice: another iteration could set up differently, so no image.</summary>
    public bool Chose { get; set; }
}
