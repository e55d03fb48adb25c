using VmoKernel.Abi;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// A uffd an operation creates and closes (<see cref="LinuxUffdCalls.UserfaultfdAsync"/>), used most of the time
/// the way a handler uses one, so that the other threads' loads and stores meet it: drawn from the edges alone,
/// a fresh uffd's UFFDIO_API and UFFDIO_REGISTER rarely both succeeded, over a page the other threads rarely
/// touched, whose pages were present, so its last close never found a fault waiting (none in 3,000 iterations).
/// UFFDIO_API is well formed two times in three, the registration is for missing pages two times in three, over
/// the area the site's threads favour half the time and of the whole area half the time; then the operation
/// purges the range it registered two times in three (so faults there wait on this uffd) and makes one to three
/// calls that neither load nor store before its close wakes them.
/// </summary>
internal static class LinuxOwnUffd
{
    private const ulong Page = Workload.Page;

    /// <summary>Every feature the kernel models (SIGBUS turns a wait into a signal; EXACT_ADDRESS changes the message).</summary>
    private static readonly ulong[] Modelled = [0, UffdFeatureSigbus, UffdFeatureExactAddress];

    /// <summary>UFFDIO_API: UFFD_API and a modelled feature two times in three, else any version and feature of the edges; true when it succeeded.</summary>
    public static async Task<bool> ConfigureAsync(KernelCaller caller, LinuxSite site, uint uffd)
    {
        var wellFormed = caller.Choose(3) != 0;
        var api = wellFormed ? UffdApi : caller.ChooseOne(LinuxUffdCalls.Apis);
        var features = caller.ChooseOne(wellFormed ? Modelled : LinuxUffdCalls.Features);
        return (await caller.CallAsAsync(site.Pid, new UffdioApi(uffd, api, features))).Succeeded;
    }

    /// <summary>
    /// Registers a range of an area with <paramref name="uffd"/>, then makes one to three calls while it is registered.
    /// Never a load or store here: this thread is the only one that will close the uffd, and that close is what
    /// wakes the faults its purge made wait.
    /// </summary>
    public static async Task ServeAsync(KernelCaller caller, LinuxSite site, uint uffd, bool nonBlocking)
    {
        var area = Served(caller, site);
        var (start, length) = caller.Choose(2) == 0
            ? (area.Start, area.Length)
            : (LinuxEdges.PageAddress(caller, site, area), caller.Choose(2) == 0 ? area.Length : Page);
        var mode = caller.Choose(3) != 0 ? UffdioRegisterModeMissing : caller.ChooseOne(LinuxUffdCalls.RegisterModes);
        var registered = (await caller.CallAsAsync(site.Pid, new UffdioRegister(uffd, start, length, mode))).Succeeded;
        if (registered && caller.Choose(3) != 0)
        {
            await PurgeAsync(caller, site, start, length);
        }

        for (var calls = 1 + caller.Choose(3); calls > 0; calls--)
        {
            await caller.CallAsAsync(site.Pid, caller.Choose(3) switch
            {
                0 => new UffdioZeropage(uffd, area.Start, Page, 0),
                1 when nonBlocking => new UffdRead(uffd),
                _ => new Smaps(area.Start),
            });
        }
    }

    /// <summary>MADV_DONTNEED of the range this uffd registered: its pages go missing, so the next load or store there waits on it.</summary>
    private static async Task PurgeAsync(KernelCaller caller, LinuxSite site, ulong start, ulong length)
    {
        await caller.CallAsAsync(site.Pid, new Madvise(start, length, MadvDontNeed));

        // The shared uffd's pages are never in a range another uffd registered, unless another thread mapped over them since: refill as any purger must.
        await LinuxProgress.RefillMetAsync(caller, site, [(start, length)]);
    }

    /// <summary>The area the site's threads favour when the shared uffd does not hold it (half the time), else one it rarely holds.</summary>
    private static LinuxArea Served(KernelCaller caller, LinuxSite site) =>
        site.Focus is { } kind && kind != LinuxAreaKind.Registered && site.Area(kind) is { } favoured && caller.Choose(2) == 0
            ? favoured
            : LinuxUffdCalls.Target(caller, site);
}
