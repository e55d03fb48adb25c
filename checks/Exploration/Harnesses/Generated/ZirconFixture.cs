namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>A VMO handle a generated call may name, with the size it was made with (what edges are measured from).</summary>
public sealed record ZirconVmo(uint Handle, ulong Size);

/// <summary>
/// One process's objects a generated Zircon call may name: its root VMAR, VMOs (valid handles), a mapping of
/// the first of them, and the handles that must fail (a closed value, wrong types, reduced rights). Only p0
/// holds the BTI, the resource, the port, the pager and the set-up PMT; other processes name p0's values,
/// which in their own tables are other objects or none (an edge too).
/// </summary>
public sealed record ZirconProcessObjects(
    ulong Koid,
    uint Vmar,
    IReadOnlyList<ZirconVmo> Vmos,
    ulong MapAddress,
    ulong MapSize,
    IReadOnlyList<uint> BadVmoHandles,
    uint Bti,
    uint Resource,
    uint Port,
    uint Pager,
    uint Pmt);

/// <summary>
/// What one thread made and may later name again (handles it duplicated or created, PMTs it pinned, mappings
/// it made), each tagged with the process it belongs to. Each thread touches only its own, so the lists need
/// no lock even when the harness runs uncontrolled on the thread pool.
/// </summary>
public sealed class ZirconOwned
{
    public List<(ulong Process, ZirconVmo Vmo)> Vmos { get; } = [];

    public List<(ulong Process, uint Handle)> Handles { get; } = [];

    public List<(ulong Process, uint Pmt)> Pins { get; } = [];

    public List<(ulong Process, ulong Address, ulong Length)> Mappings { get; } = [];
}

/// <summary>
/// The Zircon surface's objects (each process's, and each thread's own) and this iteration's swarm: the rows
/// of the call table its programs draw from, and the VMO of each process they favour (swarm testing: a few
/// calls on one object per iteration meet far more often than all 28 spread over nine VMOs, while over many
/// iterations every call and every object is drawn). A focused iteration also has its family, and the ops of
/// op_range it draws from (null: every op).
/// </summary>
public sealed record ZirconFixture(
    IReadOnlyList<ZirconProcessObjects> Processes, IReadOnlyList<ZirconOwned> Owned, IReadOnlyList<int> Swarm, int Focus, ZirconFamily? Family, IReadOnlyList<uint>? Ops)
{
    /// <summary>In a focused iteration, an object set-up made for the favoured VMO (its snapshot child), which calls name too; else null.</summary>
    public ZirconVmo? Related { get; init; }

    /// <summary>p0's objects, the richest set.</summary>
    public ZirconProcessObjects First => Processes[0];

    /// <summary>The objects of process <paramref name="koid"/> (one set-up made, or p0's for any other).</summary>
    public ZirconProcessObjects Of(ulong koid) => Processes.FirstOrDefault(p => p.Koid == koid) ?? First;
}
