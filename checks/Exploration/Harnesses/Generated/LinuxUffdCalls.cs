using VmoKernel.Abi;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// Generators of userfaultfd and its ioctls. The ioctls go mostly to p0's shared uffd, whose registered area
/// other threads purge, refill and fault on; a uffd an operation creates is configured, maybe registered
/// over one of the site's areas (so other threads' faults there wait), and closed by that operation
/// (<see cref="LinuxOwnUffd"/>).
/// Registration with the shared uffd is undone by the same operation. See <see cref="LinuxProgress"/>.
/// </summary>
internal static class LinuxUffdCalls
{
    private const ulong Page = Workload.Page;

    private static readonly uint[] CreateFlags = [ONonBlock, ONonBlock, 0, OCloexec, UffdUserModeOnly | ONonBlock, 0x1234];
    internal static readonly ulong[] Apis = [UffdApi, UffdApi, 0, UffdApi + 1];
    internal static readonly ulong[] Features = [0, 0, UffdFeatureSigbus, UffdFeatureExactAddress, UffdFeatureEventFork, 1UL << 16, 1UL << 63];
    internal static readonly ulong[] RegisterModes = [UffdioRegisterModeMissing, UffdioRegisterModeMissing, UffdioRegisterModeWp, UffdioRegisterModeMinor, 0, 8];

    /// <summary>
    /// A uffd for one operation: userfaultfd, maybe UFFDIO_API, a registration, a purge and a few calls while registered
    /// (<see cref="LinuxOwnUffd"/>), then close, which wakes every fault that waits on it (L-13).
    /// </summary>
    public static async Task UserfaultfdAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        var flags = caller.ChooseOne(CreateFlags);
        var made = await caller.CallAsAsync(site.Pid, new Userfaultfd(flags));
        if (made is not { Succeeded: true, Value: IntValue { Number: var number } })
        {
            return;
        }

        var uffd = (uint)number;
        if (caller.Choose(4) != 0 && await LinuxOwnUffd.ConfigureAsync(caller, site, uffd) && caller.Choose(3) != 0)
        {
            await LinuxOwnUffd.ServeAsync(caller, site, uffd, nonBlocking: (flags & ONonBlock) != 0);
        }

        await caller.CallAsAsync(site.Pid, new Close(uffd));
    }

    /// <summary>UFFDIO_API on the shared uffd (configured already: EINVAL), a wrong descriptor, or a fresh non-blocking uffd closed again.</summary>
    public static async Task ApiAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        if (caller.Choose(2) == 0)
        {
            await caller.CallAsAsync(site.Pid, new UffdioApi(Shared(caller, site), caller.ChooseOne(Apis), caller.ChooseOne(Features)));
            return;
        }

        var made = await caller.CallAsAsync(site.Pid, new Userfaultfd(ONonBlock));
        if (made is { Succeeded: true, Value: IntValue { Number: var uffd } })
        {
            await caller.CallAsAsync(site.Pid, new UffdioApi((uint)uffd, caller.ChooseOne(Apis), caller.ChooseOne(Features)));
            await caller.CallAsAsync(site.Pid, new UffdioApi((uint)uffd, UffdApi, 0));
            await caller.CallAsAsync(site.Pid, new Close((uint)uffd));
        }
    }

    /// <summary>UFFDIO_REGISTER with the shared uffd over an area (the registered one rarely), undone in the same operation.</summary>
    public static async Task RegisterAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        var area = Target(caller, site);
        var start = LinuxEdges.PageAddress(caller, site, area);
        var length = caller.Choose(3) == 0 ? LinuxEdges.Length(caller, area) : area.Length;
        await LinuxProgress.RegisterBrieflyAsync(caller, site.Pid, Shared(caller, site), start, length, caller.ChooseOne(RegisterModes), new Smaps(start));
    }

    /// <summary>UFFDIO_UNREGISTER of an edge range: it wakes the range, so it never leaves anyone waiting.</summary>
    public static async Task UnregisterAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        var area = Target(caller, site);
        await caller.CallAsAsync(site.Pid, new UffdioUnregister(Shared(caller, site), LinuxEdges.PageAddress(caller, site, area), LinuxEdges.Length(caller, area)));
    }

    /// <summary>UFFDIO_COPY into a page of the registered area (present: EEXIST; purged: installed) or an edge, of bytes of edge lengths, in any mode.</summary>
    public static async Task CopyAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        var area = Aimed(caller, site);
        var length = caller.ChooseOne<ulong>([Page, Page, 2 * Page, 1, 0]);
        var mode = caller.ChooseOne<ulong>([0, 0, UffdioCopyModeDontWake, UffdioCopyModeWp, 4]);
        await caller.CallAsAsync(site.Pid, new UffdioCopy(Shared(caller, site), LinuxEdges.PageAddress(caller, site, area), Workload.Fill((byte)(0x70 + caller.Choose(8)), length), mode));
    }

    public static async Task ZeropageAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        var area = Aimed(caller, site);
        var mode = caller.ChooseOne<ulong>([0, 0, UffdioZeropageModeDontWake, 2]);
        await caller.CallAsAsync(site.Pid, new UffdioZeropage(Shared(caller, site), LinuxEdges.PageAddress(caller, site, area), LinuxEdges.Length(caller, area), mode));
    }

    public static async Task WakeAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        var area = Aimed(caller, site);
        await caller.CallAsAsync(site.Pid, new UffdioWake(Shared(caller, site), LinuxEdges.PageAddress(caller, site, area), LinuxEdges.Length(caller, area)));
    }

    /// <summary>uffd_read of the shared uffd (non-blocking: a message or EAGAIN) or of a descriptor that is no uffd.</summary>
    public static async Task ReadAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site) =>
        await caller.CallAsAsync(site.Pid, new UffdRead(Shared(caller, site)));

    /// <summary>The site's shared uffd most of the time, otherwise a wrong descriptor (a site without one always gets a wrong one).</summary>
    private static uint Shared(KernelCaller caller, LinuxSite site) =>
        site.Uffd is { } uffd && caller.Choose(5) != 0 ? uffd : LinuxEdges.WrongFd(caller, site);

    /// <summary>An area other than the registered one most of the time, so registrations and unregistrations rarely end the shared one.</summary>
    internal static LinuxArea Target(KernelCaller caller, LinuxSite site)
    {
        var others = site.Areas.Where(a => a.Kind != LinuxAreaKind.Registered).ToList();
        return caller.Choose(6) == 0 || others.Count == 0 ? LinuxEdges.Area(caller, site) : caller.ChooseOne(others);
    }

    /// <summary>The registered area half the time (where fills and wakes matter), otherwise any.</summary>
    private static LinuxArea Aimed(KernelCaller caller, LinuxSite site) =>
        site.Registered is { } registered && caller.Choose(2) == 0 ? registered : LinuxEdges.Area(caller, site);
}
