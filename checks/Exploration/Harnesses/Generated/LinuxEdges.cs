using VmoKernel.Abi;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// Arguments of Linux calls biased to the edges where kernels go wrong: addresses at an area's start, one
/// page in, its last byte, one past its end, in a hole, 0 and near 2^64; lengths 0, 1, a page, the area,
/// past its end and 2^64-1; flags and advice with invalid bits; descriptors valid, closed and of the wrong
/// kind. Areas are drawn from the site's set-up areas, which the other threads use too.
/// </summary>
internal static class LinuxEdges
{
    private const ulong Page = Workload.Page;

    /// <summary>A descriptor number no process ever reaches (descriptors are the lowest free number).</summary>
    public const uint NeverOpen = 200;

    private static readonly uint[] Prots = [ProtNone, ProtRead, ProtRead | ProtWrite, ProtRead | ProtWrite | ProtExec, 0x8, 0xffffffff];

    private static readonly uint[] MapFlags =
    [
        MapPrivate | MapAnonymous, MapShared | MapAnonymous, MapDroppable | MapAnonymous,
        MapPrivate | MapAnonymous | MapLocked, MapPrivate | MapAnonymous | MapNoReserve, MapDroppable | MapAnonymous | MapLocked,
        MapPrivate | MapAnonymous | MapHugeTlb, MapDroppable | MapAnonymous | MapHugeTlb, MapPrivate | MapAnonymous | MapGrowsDown,
        MapPrivate, MapDroppable | MapPrivate | MapAnonymous, MapType | MapAnonymous, 0,
    ];

    private static readonly uint[] Advice =
    [
        MadvNormal, MadvRandom, MadvSequential, MadvWillNeed, MadvDontNeed, MadvFree, MadvDontFork, MadvDoFork, MadvDontDump,
        MadvDoDump, MadvWipeOnFork, MadvKeepOnFork, MadvCold, MadvPageOut, MadvVolatile, MadvNonVolatile, 7, 999, 0xffffffff,
    ];

    /// <summary>The advice that changes which pages stay, so races with the reclaimer and faults are common.</summary>
    private static readonly uint[] Dropping = [MadvDontNeed, MadvFree, MadvVolatile, MadvNonVolatile, MadvPageOut, MadvCold];

    /// <summary>An area of the site, the registered one and p0's shared ones as likely as the rest; in a focused iteration its favoured one half the time.</summary>
    public static LinuxArea Area(KernelCaller caller, LinuxSite site) =>
        site.Focus is { } kind && site.Area(kind) is { } favoured && caller.Choose(2) == 0 ? favoured : caller.ChooseOne(site.Areas);

    /// <summary>An address near <paramref name="area"/> or one of the global edges.</summary>
    public static ulong Address(KernelCaller caller, LinuxSite site, LinuxArea area) => caller.Choose(10) switch
    {
        0 or 1 => area.Start,
        2 => area.Start + Page,
        3 => area.End - 1,
        4 => area.End,
        5 => site.Hole,
        6 => area.Start + 1,
        7 => 0,
        8 => TaskSize - Page,
        _ => caller.ChooseOne<ulong>([ulong.MaxValue - Page + 1, ulong.MaxValue]),
    };

    /// <summary>A page-aligned address of <paramref name="area"/> (start or one page in) or, sometimes, an edge.</summary>
    public static ulong PageAddress(KernelCaller caller, LinuxSite site, LinuxArea area) =>
        caller.Choose(4) == 0 ? Address(caller, site, area) : area.Start + ((ulong)caller.Choose((int)(area.Length / Page)) * Page);

    /// <summary>
    /// The area advice acts on most (the volatile one for MADV_VOLATILE and NONVOLATILE, the private one for
    /// MADV_FREE, the droppable one for MADV_PAGEOUT, the registered one for MADV_DONTNEED) two times in three,
    /// else any area of the site.
    /// </summary>
    public static LinuxArea AreaFor(KernelCaller caller, LinuxSite site, uint advice)
    {
        var kind = advice switch
        {
            MadvVolatile or MadvNonVolatile => LinuxAreaKind.Volatile,
            MadvFree => LinuxAreaKind.Private,
            MadvPageOut => LinuxAreaKind.Droppable,
            MadvDontNeed => LinuxAreaKind.Registered,
            _ => (LinuxAreaKind?)null,
        };
        return kind is { } wanted && caller.Choose(3) != 0 && site.Area(wanted) is { } area ? area : Area(caller, site);
    }

    /// <summary>A length for a range starting in <paramref name="area"/>.</summary>
    public static ulong Length(KernelCaller caller, LinuxArea area) => caller.Choose(9) switch
    {
        0 => 0,
        1 => 1,
        2 or 3 => Page,
        4 or 5 => area.Length,
        6 => area.Length + Page,
        7 => ulong.MaxValue - Page + 1,
        _ => ulong.MaxValue,
    };

    /// <summary>A byte count for read(2) or write(2): small, a page, the area, or absurd.</summary>
    public static ulong Count(KernelCaller caller, LinuxArea area) =>
        caller.ChooseOne<ulong>([0, 1, 8, Page, area.Length, ulong.MaxValue]);

    public static uint Prot(KernelCaller caller) => caller.ChooseOne(Prots);

    public static uint MapFlag(KernelCaller caller) => caller.ChooseOne(MapFlags);

    /// <summary>Advice: half the time one that drops, frees, purges or restores pages (where the reclaimer races), else any, invalid included.</summary>
    public static uint Advise(KernelCaller caller) => caller.ChooseOne(caller.Choose(2) == 0 ? Dropping : Advice);

    /// <summary>Advice of the iteration's swarm when it is focused (any advice one time in six, the edge), else <see cref="Advise(KernelCaller)"/>.</summary>
    public static uint Advise(KernelCaller caller, LinuxFixture fixture) =>
        fixture.Advice is { } swarm && caller.Choose(6) != 0 ? caller.ChooseOne(swarm) : Advise(caller);

    /// <summary>The bytes a store puts at an address: short, so stores near an area's end stay in it or cross by little.</summary>
    public static ByteString Bytes(KernelCaller caller) => Workload.Fill((byte)(0x40 + caller.Choose(32)), caller.ChooseOne<ulong>([1, 8]));

    /// <summary>A descriptor that is not the one a call wants: closed, standard (0-2), absurd, or one of the site's other kinds.</summary>
    public static uint WrongFd(KernelCaller caller, LinuxSite site)
    {
        uint[] wrong = [NeverOpen, 0, 2, uint.MaxValue, .. new[] { site.PipeRead, site.PipeWrite, site.Uffd, site.Pidfd }.OfType<uint>()];
        return caller.ChooseOne(wrong);
    }
}
