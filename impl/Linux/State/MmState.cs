using System.Collections.Immutable;

namespace VmoKernel.Kernel.Linux.State;

/// <summary>
/// One process's Linux mm and files: its areas by start address, its private page entries by page
/// address, its descriptor table, its capabilities, whether <c>mlockall(MCL_FUTURE)</c> is in force, and
/// the process that created it (process_create or fork), for the ptrace-read check of L-14.
/// </summary>
internal sealed record MmState(
    ImmutableSortedDictionary<ulong, Area> Areas,
    ImmutableSortedDictionary<ulong, PageEntry> Entries,
    ImmutableSortedDictionary<uint, Descriptor> Fds,
    ImmutableSortedSet<uint> Caps,
    bool LockFuture,
    ulong Parent)
{
    public static MmState Fresh(ulong parent) => new(
        ImmutableSortedDictionary<ulong, Area>.Empty,
        ImmutableSortedDictionary<ulong, PageEntry>.Empty,
        ImmutableSortedDictionary<uint, Descriptor>.Empty
            .Add(0, Descriptor.Standard).Add(1, Descriptor.Standard).Add(2, Descriptor.Standard),
        [Abi.LinuxConstants.CapSysNice],
        false,
        parent);

    /// <summary>The area holding <paramref name="address"/>, or null.</summary>
    public Area? AreaAt(ulong address)
    {
        foreach (var area in Areas.Values)
        {
            if (area.Start <= address && address < area.End)
            {
                return area;
            }
        }

        return null;
    }
}
