using VmoKernel.Abi;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// A family of Linux call records that share an object kind or a protocol, for a focused iteration: its records
/// (the first is the protocol's own call, in every swarm; the swarm draws one to three others), the advice madvise and process_madvise draw from (the iteration draws two or
/// three), the kinds of area it works on (the iteration favours one), and whether its calls run in the set-up
/// fork child rather than in p0 (process_madvise through p0's pidfd acts on the child).
/// </summary>
public sealed record LinuxFamily(string Name, IReadOnlyList<Type> Records, IReadOnlyList<uint> Advice, IReadOnlyList<LinuxAreaKind> Areas, bool InChild = false);

/// <summary>
/// The Linux surface's families: what the reclaimer races (locking, dropping and purging advice, loads and stores
/// of the pages it may take), the userfaultfd protocol (a purge, a fault that waits, a fill that wakes or a last
/// close that wakes), fork
/// against stores and reclaim, and process_madvise against maps and unmaps of its target. Which records, advice
/// and area an iteration uses is still drawn.
/// </summary>
public static class LinuxFamilies
{
    public static IReadOnlyList<LinuxFamily> All { get; } =
    [
        new("reclaim",
            [typeof(Madvise), typeof(Mlock), typeof(Munlock), typeof(Mlockall), typeof(Munlockall), typeof(ProcStatus), typeof(Smaps)],
            [MadvFree, MadvVolatile, MadvNonVolatile, MadvPageOut, MadvCold, MadvDontNeed, MadvWillNeed],
            [LinuxAreaKind.Private, LinuxAreaKind.Droppable, LinuxAreaKind.Volatile, LinuxAreaKind.Locked]),
        new("uffd",
            [typeof(Madvise), typeof(UffdioCopy), typeof(UffdioZeropage), typeof(UffdioWake), typeof(UffdRead), typeof(Userfaultfd), typeof(Close), typeof(ProcStatus), typeof(FdWrite)],
            [MadvDontNeed, MadvPageOut],
            [LinuxAreaKind.Registered, LinuxAreaKind.Private]),
        new("fork",
            [typeof(Fork), typeof(Madvise), typeof(ProcStatus), typeof(Mmap), typeof(Munmap), typeof(Kill)],
            [MadvFree, MadvDontNeed, MadvPageOut, MadvCold],
            [LinuxAreaKind.Private, LinuxAreaKind.Shared, LinuxAreaKind.Droppable]),
        new("pidfd",
            [typeof(PidfdMadvise), typeof(Mmap), typeof(Munmap), typeof(Mprotect), typeof(Madvise)],
            [MadvCold, MadvPageOut, MadvWillNeed, MadvDontNeed],
            [LinuxAreaKind.Private, LinuxAreaKind.Droppable],
            InChild: true),
    ];
}
