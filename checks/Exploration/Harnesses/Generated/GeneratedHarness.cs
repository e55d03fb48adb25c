using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// Programs drawn from the whole call catalogue (issue 16): set-up makes one to three processes and each
/// surface's shared objects; then three user threads each run a program of calls drawn from every surface,
/// with arguments biased to edges (0, page boundaries, one past the end, near 2^64, closed, wrong-type and
/// reduced-rights handles) and to objects the other threads use, while a fourth runs the reclaimer at a
/// random pressure. Nothing is hand-picked: the refinement monitor holds every linearized call to the model
/// and the invariant monitors run as in every harness, so a disagreement anywhere in the catalogue is a bug.
/// </summary>
[ChecksSpec("LIVE-01", "REF-01")]
public sealed class GeneratedHarness : KernelHarness<GeneratedHarness.Fixture>
{
    private static readonly IGeneratedSurface[] Surfaces = [new ZirconSurface(), new LinuxSurface()];

    public override string Name => "Generated";

    public override string Description => "generated concurrent programs over every call of the catalogue, with the reclaimer";

    protected override int Clients => 4;

    protected override int OperationsPerClient => 3;

    /// <summary>Every call record the surfaces generate.</summary>
    public static IReadOnlyList<Type> Calls => [.. Surfaces.SelectMany(s => s.Calls)];

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var koids = new List<ulong> { caller.Process };
        var more = caller.Choose(3);
        for (var i = 0; i < more; i++)
        {
            koids.Add(await caller.MustAsync(new ProcessCreate()));
        }

        var processes = new GeneratedProcesses(koids);
        var fixtures = new List<object>();
        foreach (var surface in Surfaces)
        {
            fixtures.Add(await surface.SetUpAsync(caller, processes));
        }

        return new Fixture(processes, fixtures);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        if (client == Clients - 1)
        {
            await caller.CallAsync(new Reclaim(caller.ChooseOne(Workload.Levels)));
            return;
        }

        // A surface in proportion to its calls, so every call of the catalogue is about as likely as any other.
        var pick = caller.Choose(Calls.Count);
        var index = 0;
        while (pick >= Surfaces[index].Calls.Count)
        {
            pick -= Surfaces[index].Calls.Count;
            index++;
        }

        await Surfaces[index].OperateAsync(caller, fixture.Surfaces[index], fixture.Processes, client);
    }

    /// <summary>The processes and each surface's objects, in <see cref="Surfaces"/> order.</summary>
    public sealed record Fixture(GeneratedProcesses Processes, IReadOnlyList<object> Surfaces);
}
