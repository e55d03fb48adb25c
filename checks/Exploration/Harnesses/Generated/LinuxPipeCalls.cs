using VmoKernel.Abi;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// Generators of pipe(2), read(2), write(2) and close(2): p0's shared pipe moves bytes between user memory
/// and the pipe at edge addresses (the registered area's included, so a copy may block on a fault), a pipe
/// an operation makes lives for that operation, and close meets closed, standard, wrong and shared descriptors.
/// Each keeps the rule of <see cref="LinuxProgress"/>.
/// </summary>
internal static class LinuxPipeCalls
{
    private const ulong Page = Workload.Page;

    /// <summary>A pipe for one operation: maybe a write, the write end closed (or the read end first), a read, the rest closed.</summary>
    public static async Task PipeAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        var made = await caller.CallAsAsync(site.Pid, new Pipe());
        if (made.Value is not ListValue { Items: [IntValue { Number: var read }, IntValue { Number: var write }] })
        {
            return;
        }

        var area = LinuxEdges.Area(caller, site);
        if (caller.Choose(3) != 0)
        {
            await caller.CallAsAsync(site.Pid, new FdWrite((uint)write, LinuxEdges.Address(caller, site, area), LinuxEdges.Count(caller, area)));
        }

        // The write end closes before the read, so the read answers data or EOF and never waits (or EBADF, read end gone).
        uint[] order = caller.Choose(4) == 0 ? [(uint)read, (uint)write] : [(uint)write, (uint)read];
        await caller.CallAsAsync(site.Pid, new Close(order[0]));
        await caller.CallAsAsync(site.Pid, new FdRead((uint)read, LinuxEdges.Address(caller, site, area), LinuxEdges.Count(caller, area)));
        await caller.CallAsAsync(site.Pid, new Close(order[1]));
    }

    /// <summary>read(2) from p0's shared pipe, asking at most the bytes no other reader claimed, or from a descriptor that is not a pipe's read end.</summary>
    public static async Task FdReadAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        var p0 = fixture.P0;
        var area = Faulting(caller, p0);
        if (caller.Choose(3) != 0)
        {
            var count = LinuxProgress.TakePipeBytes(fixture, caller.ChooseOne<ulong>([1, 8, Page, 0]));
            await caller.CallAsAsync(p0.Pid, new FdRead(p0.PipeRead!.Value, LinuxEdges.Address(caller, p0, area), count));
            return;
        }

        // Never p0's read end here: an unbudgeted read could empty the pipe under a budgeted one.
        var fd = caller.ChooseOne<uint>([LinuxEdges.NeverOpen, 0, uint.MaxValue, p0.PipeWrite!.Value, p0.Uffd!.Value, p0.Pidfd!.Value]);
        await caller.CallAsAsync(p0.Pid, new FdRead(fd, LinuxEdges.Address(caller, p0, area), LinuxEdges.Count(caller, area)));
    }

    /// <summary>write(2) of user memory at an edge into p0's shared pipe (the pipe is unbounded, so it never waits for room), or to a wrong descriptor.</summary>
    public static async Task FdWriteAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        var p0 = fixture.P0;
        var area = Faulting(caller, p0);
        var fd = caller.Choose(3) != 0 ? p0.PipeWrite!.Value : LinuxEdges.WrongFd(caller, p0);
        await caller.CallAsAsync(p0.Pid, new FdWrite(fd, LinuxEdges.Address(caller, p0, area), LinuxEdges.Count(caller, area)));
    }

    /// <summary>The registered area half the time, where a copy to or from user memory may wait on a purged page; else any area.</summary>
    private static LinuxArea Faulting(KernelCaller caller, LinuxSite site) =>
        site.Registered is { } registered && caller.Choose(2) == 0 ? registered : LinuxEdges.Area(caller, site);

    /// <summary>
    /// close(2) of a descriptor never open or absurd, of a pidfd just made (twice), of a standard descriptor, of an
    /// end of the shared pipe, or of the shared uffd the way a handler ends (<see cref="CloseUffdAsync"/>). When the
    /// site's threads favour the registered area, the close is of its uffd half the time, so it meets their faults.
    /// </summary>
    public static async Task CloseAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        if (site.Focus == LinuxAreaKind.Registered && caller.Choose(2) == 0)
        {
            await CloseUffdAsync(caller, fixture);
            return;
        }

        switch (caller.Choose(6))
        {
            case 0:
                await caller.CallAsAsync(site.Pid, new Close(caller.ChooseOne<uint>([LinuxEdges.NeverOpen, uint.MaxValue, 2])));
                break;
            case 1:
                var opened = await caller.CallAsAsync(site.Pid, new PidfdOpen((uint)site.Pid, 0));
                var pidfd = opened.Value is IntValue { Number: var n } ? (uint)n : LinuxEdges.NeverOpen;
                await caller.CallAsAsync(site.Pid, new Close(pidfd));
                await caller.CallAsAsync(site.Pid, new Close(pidfd));
                break;
            case 2:
                await CloseUffdAsync(caller, fixture);
                break;
            case 3:
                await caller.CallAsAsync(fixture.P0.Pid, new Close(caller.ChooseOne([fixture.P0.PipeRead!.Value, fixture.P0.PipeWrite!.Value])));
                break;
            default:
                await LinuxProcessCalls.PidfdOpenAsync(caller, fixture, site);
                break;
        }
    }

    /// <summary>
    /// The last close of p0's shared uffd the way a handler ends: MADV_DONTNEED of a page of its area (or all of it),
    /// so that loads and stores there wait on the uffd, then up to two calls that neither load nor store (a
    /// non-blocking uffd_read, which may take a waiting fault's message; smaps of the area), then close. The close
    /// is the waker the purge owes (<see cref="LinuxProgress"/>): the last close unregisters the area and wakes every
    /// fault waiting on it (L-13), which retries as an ordinary fault; refills of the closed uffd are EBADF.
    /// </summary>
    private static async Task CloseUffdAsync(KernelCaller caller, LinuxFixture fixture)
    {
        var p0 = fixture.P0;
        if (p0.Registered is { } registered)
        {
            var (start, length) = caller.Choose(3) == 0
                ? (registered.Start, registered.Length)
                : (registered.Start + ((ulong)caller.Choose((int)(registered.Length / Page)) * Page), Page);
            await caller.CallAsAsync(p0.Pid, new Madvise(start, length, MadvDontNeed));
            for (var calls = caller.Choose(3); calls > 0; calls--)
            {
                await caller.CallAsAsync(p0.Pid, caller.Choose(2) == 0 ? new UffdRead(p0.Uffd!.Value) : new Smaps(registered.Start));
            }
        }

        await caller.CallAsAsync(p0.Pid, new Close(p0.Uffd!.Value));
    }
}
