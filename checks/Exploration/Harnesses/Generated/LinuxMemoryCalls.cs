using VmoKernel.Abi;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// Generators of the Linux calls on a process's areas: mmap, munmap, mprotect, madvise, mlock and the rest,
/// smaps and proc_status. Some follow their call with a load or a store in the range, so that pages a call
/// changed are touched while the reclaimer and the other threads run (a redirtied MADV_FREE page, a store
/// into memory just mapped over another area).
/// </summary>
internal static class LinuxMemoryCalls
{
    private static readonly uint[] MlockallFlags = [MclCurrent, MclFuture, MclCurrent | MclFuture, MclCurrent | MclOnFault, MclOnFault, 0, 8];

    public static async Task MmapAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        var area = LinuxEdges.Area(caller, site);
        var flags = LinuxEdges.MapFlag(caller);
        var hint = 0UL;
        if (caller.Choose(2) == 0)
        {
            // MAP_FIXED over one of the shared areas (or an edge): the other threads' areas change under them.
            hint = LinuxEdges.PageAddress(caller, site, area);
            flags |= MapFixed;
        }

        var length = caller.Choose(3) == 0 ? LinuxEdges.Length(caller, area) : Workload.Page;
        var mapped = await caller.CallAsAsync(site.Pid, new Mmap(hint, length, LinuxEdges.Prot(caller), flags));
        if (mapped is { Succeeded: true, Value: IntValue { Number: var start } } && caller.Choose(2) == 0)
        {
            await TouchAsync(caller, site, start);
        }
    }

    public static Task MunmapAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site) =>
        RangeAsync(caller, site, (start, length) => new Munmap(start, length));

    public static Task MprotectAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site) =>
        RangeAsync(caller, site, (start, length) => new Mprotect(start, length, LinuxEdges.Prot(caller)));

    public static Task MlockAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site) =>
        RangeAsync(caller, site, (start, length) => new Mlock(start, length));

    public static Task MunlockAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site) =>
        RangeAsync(caller, site, (start, length) => new Munlock(start, length));

    public static async Task MlockallAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site) =>
        await caller.CallAsAsync(site.Pid, new Mlockall(caller.ChooseOne(MlockallFlags)));

    public static async Task MunlockallAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site) =>
        await caller.CallAsAsync(site.Pid, new Munlockall());

    /// <summary>madvise over an edge range; the registered pages it met are refilled before anything else (<see cref="LinuxProgress"/>), then maybe a store.</summary>
    public static async Task MadviseAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        var advice = LinuxEdges.Advise(caller, fixture);
        var area = LinuxEdges.AreaFor(caller, site, advice);
        var aimed = caller.Choose(3) != 0
            ? (LinuxEdges.PageAddress(caller, site, area), caller.ChooseOne<ulong>([Workload.Page, area.Length]))
            : (LinuxEdges.Address(caller, site, area), LinuxEdges.Length(caller, area));
        var (start, length) = LinuxProgress.Aim(site, aimed.Item1, aimed.Item2, advice);
        await caller.CallAsAsync(site.Pid, new Madvise(start, length, advice));
        await LinuxProgress.RefillMetAsync(caller, site, [(start, length)]);
        if (caller.Choose(3) != 0)
        {
            await TouchAsync(caller, site, start);
        }
    }

    public static async Task SmapsAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site) =>
        await caller.CallAsAsync(site.Pid, new Smaps(LinuxEdges.Address(caller, site, LinuxEdges.Area(caller, site))));

    /// <summary>proc_status, after a load or store on a page of one of the site's areas half the time (so VmRSS moves under the reclaimer).</summary>
    public static async Task ProcStatusAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        if (caller.Choose(2) == 0)
        {
            await TouchAsync(caller, site, LinuxEdges.PageAddress(caller, site, LinuxEdges.Area(caller, site)));
        }

        await caller.CallAsAsync(site.Pid, new ProcStatus());
    }

    /// <summary>A load or a store at <paramref name="address"/>. A fault there on the registered area waits for the refill its purger owes.</summary>
    public static async Task TouchAsync(KernelCaller caller, LinuxSite site, ulong address) =>
        await caller.CallAsAsync(site.Pid, caller.Choose(2) == 0 ? new MemRead(address, 8) : new MemWrite(address, LinuxEdges.Bytes(caller)));

    private static async Task RangeAsync(KernelCaller caller, LinuxSite site, Func<ulong, ulong, Syscall> call)
    {
        var area = LinuxEdges.Area(caller, site);
        await caller.CallAsAsync(site.Pid, call(LinuxEdges.Address(caller, site, area), LinuxEdges.Length(caller, area)));
    }
}
