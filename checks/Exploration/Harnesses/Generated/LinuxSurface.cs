using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// The Linux calls of the catalogue (every record of abi/Syscalls/Linux; GeneratedLinuxCatalogueTests holds
/// them equal). Set-up (<see cref="LinuxSites"/>) gives p0 an area of each kind, a pipe, a uffd registered over
/// one area and a pidfd of a fork child, and gives the child and every other process areas of their own. An
/// operation picks a call uniformly, a site (p0 half the time, so threads meet on its areas), and arguments
/// from <see cref="LinuxEdges"/>; the rule in <see cref="LinuxProgress"/> keeps every blocked thread wakeable.
/// </summary>
public sealed class LinuxSurface : IGeneratedSurface
{
    private delegate Task Generator(KernelCaller caller, LinuxFixture fixture, LinuxSite site);

    private static readonly (Type Call, Generator Generate)[] Generators =
    [
        (typeof(Mmap), LinuxMemoryCalls.MmapAsync),
        (typeof(Munmap), LinuxMemoryCalls.MunmapAsync),
        (typeof(Mprotect), LinuxMemoryCalls.MprotectAsync),
        (typeof(Madvise), LinuxMemoryCalls.MadviseAsync),
        (typeof(Mlock), LinuxMemoryCalls.MlockAsync),
        (typeof(Munlock), LinuxMemoryCalls.MunlockAsync),
        (typeof(Mlockall), LinuxMemoryCalls.MlockallAsync),
        (typeof(Munlockall), LinuxMemoryCalls.MunlockallAsync),
        (typeof(Smaps), LinuxMemoryCalls.SmapsAsync),
        (typeof(ProcStatus), LinuxMemoryCalls.ProcStatusAsync),
        (typeof(Fork), LinuxProcessCalls.ForkAsync),
        (typeof(Kill), LinuxProcessCalls.KillAsync),
        (typeof(CapDrop), LinuxProcessCalls.CapDropAsync),
        (typeof(PidfdOpen), LinuxProcessCalls.PidfdOpenAsync),
        (typeof(PidfdMadvise), LinuxProcessCalls.PidfdMadviseAsync),
        (typeof(Pipe), LinuxPipeCalls.PipeAsync),
        (typeof(FdRead), LinuxPipeCalls.FdReadAsync),
        (typeof(FdWrite), LinuxPipeCalls.FdWriteAsync),
        (typeof(Close), LinuxPipeCalls.CloseAsync),
        (typeof(Userfaultfd), LinuxUffdCalls.UserfaultfdAsync),
        (typeof(UffdioApi), LinuxUffdCalls.ApiAsync),
        (typeof(UffdioRegister), LinuxUffdCalls.RegisterAsync),
        (typeof(UffdioUnregister), LinuxUffdCalls.UnregisterAsync),
        (typeof(UffdioCopy), LinuxUffdCalls.CopyAsync),
        (typeof(UffdioZeropage), LinuxUffdCalls.ZeropageAsync),
        (typeof(UffdioWake), LinuxUffdCalls.WakeAsync),
        (typeof(UffdRead), LinuxUffdCalls.ReadAsync),
    ];

    public string Name => "linux";

    public IReadOnlyList<Type> Calls { get; } = [.. Generators.Select(g => g.Call)];

    public IReadOnlyList<string> Families { get; } = [.. LinuxFamilies.All.Select(f => f.Name)];

    public async Task<object> SetUpAsync(KernelCaller caller, GeneratedProcesses processes, int? family)
    {
        var linux = await LinuxSites.SetUpAsync(caller, processes);
        if (family is not { } f)
        {
            return linux;
        }

        // Focused: a swarm of the family's records and advice, and every site favouring one kind of area.
        var chosen = LinuxFamilies.All[f];
        var records = GeneratedSwarm.DrawAround(caller, chosen.Records);
        var advice = GeneratedSwarm.Draw(caller, chosen.Advice, 3);
        var area = caller.ChooseOne(chosen.Areas);
        var sites = linux.Sites.Select(s => s with { Focus = area }).ToList();
        return new LinuxFixture(sites, linux.PipeBytes)
        {
            Swarm = [.. records.Select(r => Array.FindIndex(Generators, g => g.Call == r)).Order()],
            Advice = advice,
            FocusSite = chosen.InChild ? sites[1] : sites[0],
        };
    }

    public async Task OperateAsync(KernelCaller caller, object fixture, GeneratedProcesses processes, int client)
    {
        var linux = (LinuxFixture)fixture;
        var generate = linux.Swarm is { } swarm ? Generators[caller.ChooseOne(swarm)].Generate : caller.ChooseOne(Generators).Generate;
        var site = linux.FocusSite is { } focus
            ? caller.Choose(8) != 0 ? focus : caller.ChooseOne(linux.Sites)
            : caller.Choose(2) == 0 ? linux.P0 : caller.ChooseOne(linux.Sites);
        await generate(caller, linux, site);
    }
}
