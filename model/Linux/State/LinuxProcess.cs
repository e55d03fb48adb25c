using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Model.Linux.State;

/// <summary>
/// A process's Linux state: its VMAs by start address, the page-table entries of its private and
/// droppable VMAs by page address, its descriptor table, its capabilities and whether
/// <c>mlockall(MCL_FUTURE)</c> is in force (L-5). Descriptors 0-2 are open and name nothing the model
/// knows (L-14); p0 and every process created by process_create hold CAP_SYS_NICE.
/// </summary>
public sealed record LinuxProcess(
    ImmutableSortedDictionary<ulong, Vma> Vmas,
    ImmutableSortedDictionary<ulong, Pte> Ptes,
    ImmutableSortedDictionary<uint, FdEntry> Fds,
    ImmutableSortedSet<uint> Capabilities,
    bool LockFuture)
{
    public static readonly LinuxProcess Initial = new(
        ImmutableSortedDictionary<ulong, Vma>.Empty,
        ImmutableSortedDictionary<ulong, Pte>.Empty,
        ImmutableSortedDictionary<uint, FdEntry>.Empty.Add(0, FdEntry.Standard).Add(1, FdEntry.Standard).Add(2, FdEntry.Standard),
        [LinuxConstants.CapSysNice],
        false);

    /// <summary>The VMA holding <paramref name="address"/>, or null.</summary>
    public Vma? VmaAt(ulong address)
    {
        foreach (var vma in Vmas.Values)
        {
            if (vma.Start <= address && address < vma.End)
            {
                return vma;
            }
        }

        return null;
    }

    /// <summary>
    /// The end of the VMA Linux holds where <paramref name="vma"/> is. The model splits a VMA at every edit and never
    /// joins the pieces again, while Linux merges neighbours whose attributes match (vma_merge: the same protection,
    /// flags, uffd and backing, a shared object's pages continuing), and an madvise that changes no flag does not split
    /// at all. So the stored VMAs are a finer partition: this is the end of the run of matching neighbours.
    /// </summary>
    public ulong MergedEnd(Vma vma)
    {
        var last = vma;
        while (Vmas.TryGetValue(last.End, out var next) && next.Prot == last.Prot && next.Flags == last.Flags && next.Uffd == last.Uffd
            && next.Object == last.Object && (last.Object == 0 || next.PageOffset == last.PageOffset + (last.Length / KernelLayout.PageSize)))
        {
            last = next;
        }

        return last.End;
    }

    /// <summary>The VMAs overlapping [start, end), in address order.</summary>
    public IEnumerable<Vma> Overlapping(ulong start, ulong end) => Vmas.Values.Where(v => v.Start < end && start < v.End);

    /// <summary>The lowest free descriptor number (L-14).</summary>
    public uint LowestFreeFd()
    {
        uint fd = 0;
        while (Fds.ContainsKey(fd))
        {
            fd++;
        }

        return fd;
    }
}
