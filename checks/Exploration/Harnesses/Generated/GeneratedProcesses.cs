namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// The processes a generated program runs in: p0 first, then the ones set-up created. <see cref="Pick"/>
/// favours p0, so most calls of different threads meet on the same process's objects; in a focused iteration
/// (one family of calls, <see cref="Focused"/>) it favours p0 more, so every thread works on the same one.
/// </summary>
public sealed record GeneratedProcesses(IReadOnlyList<ulong> Koids, bool Focused = false)
{
    /// <summary>
    /// The distance between the koids of two processes created one after the other (0 when set-up made fewer
    /// than two): koids are handed out in order, so a call may name the process a concurrent create is making.
    /// </summary>
    public ulong Stride => Koids.Count >= 3 ? Koids[2] - Koids[1] : 0;

    /// <summary>The koid the last process_create returned; harness code between awaits runs alone, so this needs no lock.</summary>
    public ulong Frontier { get; set; }

    /// <summary>A process for one call: p0 half the time (seven times in eight when focused), otherwise any of them.</summary>
    public ulong Pick(KernelCaller caller)
    {
        var p0 = Focused ? caller.Choose(8) != 0 : caller.Choose(2) == 0;
        return p0 ? Koids[0] : caller.ChooseOne(Koids);
    }
}
