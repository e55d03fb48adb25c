using System.Collections.Immutable;

namespace VmoKernel.Model.Linux.State;

/// <summary>
/// The Linux surface of the kernel (scenario-language.md, "Linux surface"): per-process address spaces
/// of VMAs and page-table entries, descriptor tables and capabilities, and the kernel-wide objects they
/// name: anonymous pages (each backed by one frame of <see cref="Model.State.KernelState.Memory"/>, the
/// physical memory the Zircon side uses too, L-3), shared anonymous objects, uffds, pipes and the
/// threads blocked in them (<see cref="Waiters"/>, L-18). Ids of pages, objects, uffds, pipes and
/// waiters come from one counter, <see cref="NextId"/>.
/// </summary>
public sealed record LinuxWorld(
    ImmutableSortedDictionary<ulong, LinuxProcess> Processes,
    ImmutableSortedDictionary<ulong, LinuxPage> Pages,
    ImmutableSortedDictionary<ulong, SharedObject> SharedObjects,
    ImmutableSortedDictionary<ulong, Uffd> Uffds,
    ImmutableSortedDictionary<ulong, Pipe> Pipes,
    ImmutableSortedDictionary<ulong, LinuxWaiter> Waiters,
    ulong NextId)
{
    public static readonly LinuxWorld Empty = new(
        ImmutableSortedDictionary<ulong, LinuxProcess>.Empty,
        ImmutableSortedDictionary<ulong, LinuxPage>.Empty,
        ImmutableSortedDictionary<ulong, SharedObject>.Empty,
        ImmutableSortedDictionary<ulong, Uffd>.Empty,
        ImmutableSortedDictionary<ulong, Pipe>.Empty,
        ImmutableSortedDictionary<ulong, LinuxWaiter>.Empty,
        1);

    /// <summary>The Linux part of a process; a process that never used the surface has the initial one.</summary>
    public LinuxProcess Process(ulong koid) => Processes.TryGetValue(koid, out var p) ? p : LinuxProcess.Initial;

    public LinuxWorld WithProcess(ulong koid, LinuxProcess process) => this with { Processes = Processes.SetItem(koid, process) };

    public LinuxWorld TakeId(out ulong id)
    {
        id = NextId;
        return this with { NextId = NextId + 1 };
    }
}

/// <summary>One anonymous page: the frame that backs it and its 4096 bytes.</summary>
public sealed record LinuxPage(ulong Frame, Abi.ByteString Data);

/// <summary>The pages of a MAP_SHARED anonymous mapping (shmem), by page index; shared by fork.</summary>
public sealed record SharedObject(ImmutableSortedDictionary<ulong, ulong> Pages);
