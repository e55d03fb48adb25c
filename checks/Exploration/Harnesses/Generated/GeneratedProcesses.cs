namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// The processes a generated program runs in: p0 first, then the ones set-up created. <see cref="Pick"/>
/// favours p0, so most calls of different threads meet on the same process's objects.
/// </summary>
public sealed record GeneratedProcesses(IReadOnlyList<ulong> Koids)
{
    /// <summary>A process for one call: p0 half the time, otherwise any of them.</summary>
    public ulong Pick(KernelCaller caller) => caller.Choose(2) == 0 ? Koids[0] : caller.ChooseOne(Koids);
}
