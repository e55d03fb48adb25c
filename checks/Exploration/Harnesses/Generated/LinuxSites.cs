using VmoKernel.Abi;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// The Linux surface's set-up. p0 forks a child first (so the child copies none of the descriptors below),
/// opens a pidfd of it, and maps two pages of each kind: private, shared, droppable, volatile (written, then
/// MADV_VOLATILE), locked (mlock) and registered (written, then registered for missing pages with a
/// non-blocking uffd, so its pages start present: <see cref="LinuxProgress"/>); it fills a pipe with the
/// readers' budget. The child and each process the harness created get private and droppable areas. Every
/// site also gets a hole: a page mapped and unmapped again.
/// </summary>
internal static class LinuxSites
{
    private const ulong Page = Workload.Page;
    private const ulong AreaLength = 2 * Page;
    private const uint ReadWrite = ProtRead | ProtWrite;

    public static async Task<LinuxFixture> SetUpAsync(KernelCaller caller, GeneratedProcesses processes)
    {
        var p0 = caller.Process;
        var child = await LinuxSetUp.MustAsync(caller, p0, new Fork());
        var pidfd = (uint)await LinuxSetUp.MustAsync(caller, p0, new PidfdOpen((uint)child, 0));

        var areas = new List<LinuxArea>
        {
            await MapAsync(caller, p0, LinuxAreaKind.Private, MapPrivate | MapAnonymous, 0x11),
            await MapAsync(caller, p0, LinuxAreaKind.Shared, MapShared | MapAnonymous, 0x22),
            await MapAsync(caller, p0, LinuxAreaKind.Droppable, MapDroppable | MapAnonymous, 0x33),
        };
        var volatileArea = await MapAsync(caller, p0, LinuxAreaKind.Volatile, MapPrivate | MapAnonymous, 0x44);
        await LinuxSetUp.MustAsync(caller, p0, new Madvise(volatileArea.Start, AreaLength, MadvVolatile));
        var locked = await MapAsync(caller, p0, LinuxAreaKind.Locked, MapPrivate | MapAnonymous, 0x55);
        await LinuxSetUp.MustAsync(caller, p0, new Mlock(locked.Start, AreaLength));
        var registered = await MapAsync(caller, p0, LinuxAreaKind.Registered, MapPrivate | MapAnonymous, 0x66);
        areas.AddRange([volatileArea, locked, registered]);

        var uffd = (uint)await LinuxSetUp.MustAsync(caller, p0, new Userfaultfd(ONonBlock));
        await LinuxSetUp.MustAsync(caller, p0, new UffdioApi(uffd, UffdApi, 0));
        await LinuxSetUp.MustAsync(caller, p0, new UffdioRegister(uffd, registered.Start, AreaLength, UffdioRegisterModeMissing));

        var pipe = await caller.CallAsAsync(p0, new Pipe());
        var (read, write) = pipe.Value is ListValue { Items: [IntValue { Number: var r }, IntValue { Number: var w }] }
            ? ((uint)r, (uint)w)
            : throw new HarnessSetUpException($"harness set-up call pipe failed: {pipe}");
        for (var written = 0UL; written < LinuxProgress.PipePrefill; written += AreaLength)
        {
            await LinuxSetUp.MustAsync(caller, p0, new FdWrite(write, areas[0].Start, AreaLength));
        }

        var sites = new List<LinuxSite>
        {
            new(p0, areas, await HoleAsync(caller, p0)) { PipeRead = read, PipeWrite = write, Uffd = uffd, Pidfd = pidfd },
        };
        foreach (var pid in processes.Koids.Skip(1).Prepend(child))
        {
            sites.Add(new LinuxSite(pid, [
                await MapAsync(caller, pid, LinuxAreaKind.Private, MapPrivate | MapAnonymous, 0x77),
                await MapAsync(caller, pid, LinuxAreaKind.Droppable, MapDroppable | MapAnonymous, 0x88),
            ], await HoleAsync(caller, pid)));
        }

        return new LinuxFixture(sites, LinuxProgress.PipePrefill);
    }

    /// <summary>Maps two pages of one kind in <paramref name="pid"/> and writes them, so each has a frame.</summary>
    private static async Task<LinuxArea> MapAsync(KernelCaller caller, ulong pid, LinuxAreaKind kind, uint flags, byte fill)
    {
        var start = await LinuxSetUp.MustAsync(caller, pid, new Mmap(0, AreaLength, ReadWrite, flags));
        await LinuxSetUp.MustAsync(caller, pid, new MemWrite(start, Workload.Fill(fill, AreaLength)));
        return new LinuxArea(kind, start, AreaLength);
    }

    private static async Task<ulong> HoleAsync(KernelCaller caller, ulong pid)
    {
        var start = await LinuxSetUp.MustAsync(caller, pid, new Mmap(0, Page, ProtRead, MapPrivate | MapAnonymous));
        await LinuxSetUp.MustAsync(caller, pid, new Munmap(start, Page));
        return start;
    }
}
