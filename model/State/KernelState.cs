using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Model.State;

/// <summary>
/// The whole kernel at one instant, immutable. Every object has a koid; VMOs and PMTs carry their own
/// state, other objects (processes' VMARs, BTIs, resources, pagers, ports) only their type in
/// <see cref="Objects"/>. <see cref="Clock"/> advances on every successful call that changes the state;
/// <see cref="NextKoid"/> is the koid the next object takes (design notes, "Numbering").
/// </summary>
public sealed record KernelState(
    ImmutableSortedDictionary<ulong, ProcessState> Processes,
    ImmutableSortedDictionary<ulong, uint> Objects,
    ImmutableSortedDictionary<ulong, VmoState> Vmos,
    ImmutableSortedDictionary<ulong, PmtState> Pmts,
    PhysicalMemory Memory,
    ulong Clock,
    ulong NextKoid)
{
    public const ulong InitialProcessKoid = KernelLayout.FirstKoid;

    /// <summary>The model's seeded bugs in force (<see cref="ModelFaults.None"/> unless a check asks for one); every step keeps it.</summary>
    public ModelFaults Faults { get; init; } = ModelFaults.None;

    /// <summary>The Linux surface: address spaces, descriptors, uffds, pipes and blocked threads (model/Linux); it shares <see cref="Memory"/>.</summary>
    public Linux.State.LinuxWorld Linux { get; init; } = Model.Linux.State.LinuxWorld.Empty;

    /// <summary>Whether the seeded bug <paramref name="fault"/> is in force.</summary>
    public bool Has(ModelFaults fault) => (Faults & fault) != 0;

    /// <summary>
    /// A fresh kernel: p0 (1024) with its root VMAR (1025), a BTI (1026) and the root resource (1027),
    /// whose handles in p0 are 0xb, 0x13 and 0x1b.
    /// </summary>
    public static KernelState Fresh()
    {
        var p0 = KernelLayout.FirstKoid;
        var state = new KernelState(
            ImmutableSortedDictionary<ulong, ProcessState>.Empty,
            ImmutableSortedDictionary<ulong, uint>.Empty,
            ImmutableSortedDictionary<ulong, VmoState>.Empty,
            ImmutableSortedDictionary<ulong, PmtState>.Empty,
            PhysicalMemory.Initial,
            0,
            p0);
        state = state.NewProcess(out _);
        state = state.NewObject(ObjectType.Bti, out var bti).AddHandle(p0, bti, ObjectType.Bti, Rights.DefaultBti, out _);
        return state.NewObject(ObjectType.Resource, out var resource)
            .AddHandle(p0, resource, ObjectType.Resource, Rights.DefaultResource, out _);
    }

    /// <summary>A new process and its root VMAR (two koids); the process holds its VMAR handle as handle 1.</summary>
    public KernelState NewProcess(out ulong processKoid)
    {
        processKoid = NextKoid;
        var vmar = NextKoid + 1;
        var state = this with
        {
            NextKoid = NextKoid + 2,
            Processes = Processes.Add(processKoid, ProcessState.Create(processKoid, vmar)),
            Objects = Objects.Add(processKoid, ObjectType.Process).Add(vmar, ObjectType.Vmar),
        };
        return state.AddHandle(processKoid, vmar, ObjectType.Vmar, Rights.DefaultVmar, out _);
    }

    /// <summary>Registers a plain object (BTI, resource, pager, port) under the next koid.</summary>
    public KernelState NewObject(uint type, out ulong koid)
    {
        var state = TakeKoid(out koid);
        return state with { Objects = Objects.Add(koid, type) };
    }

    /// <summary>Hands out the next koid without registering anything under it.</summary>
    public KernelState TakeKoid(out ulong koid)
    {
        koid = NextKoid;
        return this with { NextKoid = NextKoid + 1 };
    }

    /// <summary>Adds a VMO under the next koid, built from its koid.</summary>
    public KernelState NewVmo(Func<ulong, VmoState> build, out ulong koid)
    {
        koid = NextKoid;
        return this with { NextKoid = NextKoid + 1, Vmos = Vmos.Add(koid, build(koid)) };
    }

    /// <summary>Gives <paramref name="process"/> a new handle, numbered by its next sequence.</summary>
    public KernelState AddHandle(ulong process, ulong koid, uint type, Rights rights, out uint value)
    {
        var p = Processes[process];
        value = KernelLayout.HandleValue(p.NextHandleSequence);
        var updated = p with
        {
            Handles = p.Handles.SetItem(value, new HandleEntry(koid, type, rights)),
            NextHandleSequence = p.NextHandleSequence + 1,
        };
        return this with { Processes = Processes.SetItem(process, updated) };
    }

    public KernelState RemoveHandle(ulong process, uint value)
    {
        var p = Processes[process];
        return this with { Processes = Processes.SetItem(process, p with { Handles = p.Handles.Remove(value) }) };
    }

    public KernelState WithVmo(VmoState vmo) => this with { Vmos = Vmos.SetItem(vmo.Koid, vmo) };

    public KernelState WithProcess(ProcessState process) => this with { Processes = Processes.SetItem(process.Koid, process) };

    /// <summary>The type of the object with this koid, or <see cref="ObjectType.None"/> if it does not exist.</summary>
    public uint TypeOf(ulong koid) =>
        Vmos.ContainsKey(koid) ? ObjectType.Vmo
        : Pmts.ContainsKey(koid) ? ObjectType.Pmt
        : Objects.TryGetValue(koid, out var type) ? type
        : ObjectType.None;
}
