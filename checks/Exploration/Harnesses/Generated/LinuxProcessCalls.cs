using System.Collections.Immutable;
using VmoKernel.Abi;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// Generators of the Linux process calls: fork (the child lives for one operation, <see cref="LinuxProgress"/>),
/// kill, cap_drop, pidfd_open and process_madvise over a pidfd of the set-up child, of the caller itself, or a
/// descriptor of the wrong kind, while other threads map and unmap the target's areas.
/// </summary>
internal static class LinuxProcessCalls
{
    private const ulong Page = Workload.Page;

    private static readonly uint[] Signals = [SigKill, 0, 1, 65];
    private static readonly uint[] Capabilities = [CapSysPtrace, 0, 64, uint.MaxValue, CapSysNice];
    private static readonly uint[] RemoteAdvice = [MadvCold, MadvPageOut, MadvWillNeed, MadvDontNeed, MadvFree, 999];

    public static async Task ForkAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site) => await ForkAndKillAsync(caller, site, SigKill);

    public static async Task KillAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        switch (caller.Choose(3))
        {
            case 0:
                await ForkAndKillAsync(caller, site, caller.ChooseOne(Signals));
                break;
            case 1:
                // Processes other threads use get only signals that change nothing (0 probes, the rest are EINVAL).
                var target = caller.ChooseOne(fixture.Sites).Pid;
                await caller.CallAsAsync(site.Pid, new Kill((uint)target, caller.ChooseOne<uint>([0, 1, 65])));
                break;
            default:
                await caller.CallAsAsync(site.Pid, new Kill(caller.ChooseOne<uint>([0, 0x7fffffff, uint.MaxValue]), caller.ChooseOne(Signals)));
                break;
        }
    }

    public static async Task CapDropAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site) =>
        await caller.CallAsAsync(site.Pid, new CapDrop(caller.ChooseOne(Capabilities)));

    /// <summary>pidfd_open of a process (the caller, the set-up child, p0, one gone or never there); a descriptor it makes is closed again.</summary>
    public static async Task PidfdOpenAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        var pid = caller.Choose(4) == 0 ? caller.ChooseOne<uint>([0, 0x7fffffff, uint.MaxValue]) : (uint)caller.ChooseOne(fixture.Sites).Pid;
        var opened = await caller.CallAsAsync(site.Pid, new PidfdOpen(pid, caller.ChooseOne<uint>([0, 0, PidfdNonBlock, 1, OCloexec])));
        if (opened is { Succeeded: true, Value: IntValue { Number: var fd } })
        {
            if (caller.Choose(2) == 0)
            {
                await caller.CallAsAsync(site.Pid, new Smaps(fixture.Child.Areas[0].Start));
            }

            await caller.CallAsAsync(site.Pid, new Close((uint)fd));
        }
    }

    /// <summary>
    /// process_madvise from p0 over its pidfd of the set-up child (whose areas other threads map and unmap),
    /// over a pidfd of itself (any advice; aimed and refilled as madvise is), or over a wrong descriptor.
    /// </summary>
    public static async Task PidfdMadviseAsync(KernelCaller caller, LinuxFixture fixture, LinuxSite site)
    {
        var p0 = fixture.P0;
        var flags = caller.Choose(6) == 0 ? 1u : 0u;
        switch (caller.Choose(4))
        {
            case 0 or 1:
                var remote = fixture.Advice is { } swarm ? caller.ChooseOne(swarm) : caller.ChooseOne(RemoteAdvice);
                await caller.CallAsAsync(p0.Pid, new PidfdMadvise(p0.Pidfd!.Value, Vector(caller, fixture.Child, remote), remote, flags));
                break;
            case 2:
                var opened = await caller.CallAsAsync(site.Pid, new PidfdOpen((uint)site.Pid, 0));
                if (opened is { Succeeded: true, Value: IntValue { Number: var self } })
                {
                    var advice = LinuxEdges.Advise(caller, fixture);
                    var vector = Vector(caller, site, advice);
                    await caller.CallAsAsync(site.Pid, new PidfdMadvise((uint)self, vector, advice, flags));
                    await LinuxProgress.RefillMetAsync(caller, site, vector);
                    await caller.CallAsAsync(site.Pid, new Close((uint)self));
                }

                break;
            default:
                await caller.CallAsAsync(site.Pid, new PidfdMadvise(LinuxEdges.WrongFd(caller, site), Vector(caller, site, MadvCold), MadvCold, flags));
                break;
        }
    }

    /// <summary>One to three elements over the site's areas, aimed away from the registered area when the advice acts later.</summary>
    private static ImmutableArray<(ulong Addr, ulong Len)> Vector(KernelCaller caller, LinuxSite site, uint advice)
    {
        var elements = ImmutableArray.CreateBuilder<(ulong, ulong)>();
        var count = 1 + caller.Choose(3);
        for (var i = 0; i < count; i++)
        {
            var area = LinuxEdges.Area(caller, site);
            var start = caller.Choose(3) == 0 ? LinuxEdges.Address(caller, site, area) : area.Start;
            var length = caller.Choose(3) == 0 ? LinuxEdges.Length(caller, area) : Page;
            elements.Add(LinuxProgress.Aim(site, start, length, advice));
        }

        return elements.ToImmutable();
    }

    /// <summary>
    /// Forks the site; the child makes one call (a load of memory it inherited, its smaps or status, or a close
    /// of its copy of the site's uffd) and is killed. The first kill sends <paramref name="firstSignal"/> (0 probes,
    /// others but SIGKILL are EINVAL); unless that one killed the child, a SIGKILL follows (<see cref="LinuxProgress"/>).
    /// </summary>
    private static async Task ForkAndKillAsync(KernelCaller caller, LinuxSite site, uint firstSignal)
    {
        var forked = await caller.CallAsAsync(site.Pid, new Fork());
        if (forked is not { Succeeded: true, Value: IntValue { Number: var child } })
        {
            return;
        }

        var area = LinuxEdges.Area(caller, site);
        await caller.CallAsAsync(child, caller.Choose(4) switch
        {
            0 => new MemRead(area.Start, area.Length),
            1 => new Smaps(area.Start),
            2 => new ProcStatus(),
            _ => new Close(site.Uffd ?? LinuxEdges.NeverOpen),
        });
        var killed = await caller.CallAsAsync(site.Pid, new Kill((uint)child, firstSignal));
        if (firstSignal != SigKill || !killed.Succeeded)
        {
            await caller.CallAsAsync(site.Pid, new Kill((uint)child, SigKill));
        }
    }
}
