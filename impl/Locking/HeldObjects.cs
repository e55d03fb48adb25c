using System.Collections.Immutable;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Locking;

/// <summary>
/// Everything a transaction holds, one typed store per lock class. A call's context works on a copy,
/// and a checkpoint is another copy, so trying and rolling back never touches what the owners lent.
/// </summary>
internal sealed class HeldObjects
{
    public Held<ReclaimListsState> ReclaimLists { get; } = new();

    public Held<BtiState> Btis { get; } = new();

    public Held<VmoState> Vmos { get; } = new();

    public Held<Linux.State.LinuxWorldState> Linux { get; } = new();

    public Held<PhysicalMemoryState> Memory { get; } = new();

    public Held<KoidAllocatorState> Koids { get; } = new();

    public Held<ProcessState> Processes { get; } = new();

    /// <summary>
    /// What a linearization tells the monitors it touched (<c>CallLinearizedNotification.Touched</c>): the koids of
    /// the held kernel objects that belong to one call's story (BTIs, VMOs, processes; not the kernel-wide
    /// singletons) and the given processes, each once, in order.
    /// </summary>
    public ImmutableArray<ulong> Touched(params ulong[] processes) =>
        [.. Btis.Koids.Concat(Vmos.Koids).Concat(Processes.Koids).Concat(processes).Distinct().Order()];

    public HeldObjects Copy()
    {
        var copy = new HeldObjects();
        RestoreInto(copy);
        return copy;
    }

    /// <summary>Makes <paramref name="other"/> hold exactly what this holds.</summary>
    public void RestoreInto(HeldObjects other)
    {
        ReclaimLists.CopyTo(other.ReclaimLists);
        Btis.CopyTo(other.Btis);
        Vmos.CopyTo(other.Vmos);
        Linux.CopyTo(other.Linux);
        Memory.CopyTo(other.Memory);
        Koids.CopyTo(other.Koids);
        Processes.CopyTo(other.Processes);
    }
}
