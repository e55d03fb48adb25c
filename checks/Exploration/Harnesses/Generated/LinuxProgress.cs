using VmoKernel.Abi;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// The rule that keeps generated Linux programs from blocking forever (L-18): a thread nothing wakes is a
/// Coyote deadlock, reported as a LIVE-01 failure, so every wait the generator can cause has a waker that
/// is itself never blocked. Three things block: a fault (load, store, read(2) or write(2) of user memory)
/// on a missing page of a range registered with a uffd, a read of an empty pipe while a write end is open,
/// and a uffd_read of a blocking uffd with nothing queued. The rule:
/// <list type="number">
/// <item>The shared uffd's area is written at set-up, so its pages are present. A page of it becomes missing
/// only by MADV_DONTNEED or MADV_PAGEOUT (the generator never aims MADV_FREE or MADV_VOLATILE at it, whose
/// pages the reclaimer would take later with nobody left to refill them), and the operation that advised
/// refills every registered page its range met (<see cref="RefillAsync"/>) before it makes any other call:
/// COPY or ZEROPAGE, then WAKE unless the fill installed and woke; or, instead of refilling, it closes the
/// shared uffd after calls that neither load nor store (<see cref="LinuxPipeCalls"/>), and that last close
/// unregisters the area and wakes every fault waiting on it. So after the last purge comes a refill or the close,
/// and every fault on that area is woken with its page present, its area unmapped or unregistered.</item>
/// <item>Any other registration is brief: UFFDIO_REGISTER with the shared uffd is undone in the same operation
/// by UNREGISTER and WAKE of the same range (<see cref="RegisterBrieflyAsync"/>); a uffd an operation
/// creates is closed by that operation, which between its registration and its close may purge the range
/// (so other threads' faults there wait) but never loads or stores, and the last close unregisters
/// everything and wakes every waiter (<see cref="LinuxOwnUffd"/>).</item>
/// <item>Every descriptor an operation creates (pipe, uffd, pidfd) is closed by that operation; of a pipe it
/// made, it closes the write end before it reads, so its own read never blocks, and a reader that reached
/// that pipe through a reused descriptor number is woken by the close (EOF). Only descriptors created with
/// O_NONBLOCK are given to uffd_read.</item>
/// <item>Reads of p0's shared pipe claim bytes from a budget (<see cref="TakePipeBytes"/>): set-up writes
/// <see cref="PipePrefill"/> bytes and no read may ask for more than is unclaimed, so the pipe is never
/// empty when a reader reaches it (a read that finds its write end closed answers 0 at EOF).</item>
/// <item>A process an operation forks is used only by that operation and killed at its end, so every
/// descriptor the child copied (the shared uffd, a pipe's write end) is closed by then and a last close
/// it delayed still comes. Nothing else is ever sent SIGKILL: a killed process's blocked threads vanish,
/// which would leave a harness thread waiting forever.</item>
/// </list>
/// </summary>
internal static class LinuxProgress
{
    private const ulong Page = Workload.Page;

    /// <summary>Bytes written into p0's shared pipe at set-up, the readers' budget.</summary>
    public const ulong PipePrefill = 4 * Page;

    /// <summary>Claims up to <paramref name="count"/> bytes of the shared pipe's budget: the count a read may ask for without blocking (0 when exhausted).</summary>
    public static ulong TakePipeBytes(LinuxFixture fixture, ulong count)
    {
        if (count > fixture.PipeBytes)
        {
            return 0;
        }

        fixture.PipeBytes -= count;
        return count;
    }

    /// <summary>True for advice that leaves pages for the reclaimer to take later (MADV_FREE, MADV_VOLATILE): never aimed at the registered area.</summary>
    public static bool Deferred(uint advice) => advice is MadvFree or MadvVolatile;

    /// <summary>The range to advise: the given one, or, when advice the reclaimer acts on later would meet the registered area, the volatile area instead.</summary>
    public static (ulong Start, ulong Length) Aim(LinuxSite site, ulong start, ulong length, uint advice) =>
        Deferred(advice) && site.Registered is { } registered && registered.Meets(start, length) && site.Area(LinuxAreaKind.Volatile) is { } volatileArea
            ? (volatileArea.Start, volatileArea.Length)
            : (start, length);

    /// <summary>Refills every page of the site's registered area that one of <paramref name="ranges"/> met, after advice that may have dropped it.</summary>
    public static async Task RefillMetAsync(KernelCaller caller, LinuxSite site, IEnumerable<(ulong Start, ulong Length)> ranges)
    {
        if (site.Registered is not { } registered || site.Uffd is not { } uffd)
        {
            return;
        }

        var met = ranges.ToList();
        for (var page = registered.Start; page < registered.End; page += Page)
        {
            if (met.Any(r => new LinuxArea(LinuxAreaKind.Private, page, Page).Meets(r.Start, r.Length)))
            {
                await RefillAsync(caller, site.Pid, uffd, page);
            }
        }
    }

    /// <summary>Fills one registered page (COPY or ZEROPAGE, waking or not) and wakes its waiters unless the fill installed and woke them.</summary>
    public static async Task RefillAsync(KernelCaller caller, ulong pid, uint uffd, ulong page)
    {
        var dontWake = caller.Choose(3) == 0;
        var filled = caller.Choose(2) == 0
            ? await caller.CallAsAsync(pid, new UffdioCopy(uffd, page, Workload.Fill((byte)(0x30 + caller.Choose(8)), Page), dontWake ? UffdioCopyModeDontWake : 0))
            : await caller.CallAsAsync(pid, new UffdioZeropage(uffd, page, Page, dontWake ? UffdioZeropageModeDontWake : 0));
        if (!filled.Succeeded || dontWake)
        {
            await caller.CallAsAsync(pid, new UffdioWake(uffd, page, Page));
        }
    }

    /// <summary>Registers a range with a uffd the operation does not own; if that succeeded, unregisters and wakes it again before returning.</summary>
    public static async Task RegisterBrieflyAsync(KernelCaller caller, ulong pid, uint uffd, ulong start, ulong length, ulong mode, Syscall? meanwhile)
    {
        var registered = await caller.CallAsAsync(pid, new UffdioRegister(uffd, start, length, mode));
        if (!registered.Succeeded)
        {
            return;
        }

        // The one call made while the range is registered must not block on it: the caller is its only waker.
        if (meanwhile is not null)
        {
            await caller.CallAsAsync(pid, meanwhile);
        }

        await caller.CallAsAsync(pid, new UffdioUnregister(uffd, start, length));
        await caller.CallAsAsync(pid, new UffdioWake(uffd, start, length));
    }
}
