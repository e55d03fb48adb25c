using System.Collections.Immutable;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// What a fork child's mm inherits (L-16; kernel/fork.c dup_mmap, dup_fd, mm_init): every area but the
/// VM_DONTCOPY ones, without VM_LOCKED (dup_mmap clears VM_LOCKED | VM_LOCKONFAULT) and without uffd
/// registrations (dup_userfaultfd drops them when the uffd lacks UFFD_FEATURE_EVENT_FORK, which nobody
/// can enable, L-12); the private pages as the very same entries, so each frame is referenced twice
/// and the first store on either side copies it; nothing in VM_WIPEONFORK areas (droppable ones are
/// wipe-on-fork too); MAP_SHARED areas keep showing the same shared object; the descriptor table and
/// the capabilities copied; MCL_FUTURE not inherited (mm_init keeps only VM_NOHUGEPAGE of def_flags).
/// </summary>
internal static class ForkCopy
{
    private const AreaFlags NotInherited = AreaFlags.Locked | AreaFlags.UffdMissing;

    /// <summary>The child's mm, its private entries copied from <paramref name="entries"/> (the parent's, as fork read them).</summary>
    public static MmState Child(MmState parent, ulong parentPid, ImmutableSortedDictionary<ulong, PageEntry> entries)
    {
        var areas = ImmutableSortedDictionary.CreateBuilder<ulong, Area>();
        foreach (var area in parent.Areas.Values.Where(a => !a.Has(AreaFlags.DontCopy)))
        {
            areas.Add(area.Start, area with { Flags = area.Flags & ~NotInherited, Uffd = 0 });
        }

        var copied = ImmutableSortedDictionary.CreateBuilder<ulong, PageEntry>();
        foreach (var (page, entry) in entries)
        {
            if (parent.AreaAt(page) is { } area && CopiesPages(area))
            {
                copied.Add(page, entry);
            }
        }

        return parent with
        {
            Areas = areas.ToImmutable(),
            Entries = copied.ToImmutable(),
            LockFuture = false,
            Parent = parentPid,
        };
    }

    /// <summary>Whether an area's private entries go to the child: not VM_DONTCOPY (absent), not wiped, not shared (its pages live in the shared object).</summary>
    private static bool CopiesPages(Area area) =>
        !area.Has(AreaFlags.DontCopy) && !area.Has(AreaFlags.WipeOnFork) && !area.Has(AreaFlags.Droppable) && !area.Has(AreaFlags.Shared);
}
