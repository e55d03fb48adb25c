using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// Programs drawn from the whole call catalogue (issue 16): set-up makes one to three processes and each
/// surface's shared objects; then three user threads each run a program of calls drawn from every surface,
/// with arguments biased to edges (0, page boundaries, one past the end, near 2^64, closed, wrong-type and
/// reduced-rights handles) and to objects the other threads use, while a fourth runs the reclaimer at a
/// random pressure. Seven iterations in eight are focused (swarm testing over families): one family of related
/// records of one surface, a swarm of its core records (its protocol's own calls) and one to three others, every thread favouring one object whose state set-up
/// may prepare, three calls per operation and one reclaim pressure for the whole iteration. Nothing is
/// hand-picked: the refinement monitor holds every linearized call to the model and the invariant monitors run
/// as in every harness, so a disagreement anywhere in the catalogue is a bug.
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

    /// <summary>Every family of every surface, as (surface index, family index in that surface).</summary>
    private static readonly (int Surface, int Family)[] Families =
        [.. Surfaces.SelectMany((surface, s) => surface.Families.Select((_, f) => (s, f)))];

    /// <summary>Every family's name, surface first ("zircon/discardable"), for tests and descriptions.</summary>
    public static IReadOnlyList<string> FamilyNames => [.. Families.Select(f => $"{Surfaces[f.Surface].Name}/{Surfaces[f.Surface].Families[f.Family]}")];

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        // Seven iterations in eight focus on one family (a bug needs two or three related calls to meet, which a draw over
        // the whole catalogue rarely makes); a focused one has three processes, so a create's koid is predictable.
        (int Surface, int Family)? focus = caller.Choose(8) != 0 ? caller.ChooseOne(Families) : null;
        var koids = new List<ulong> { caller.Process };
        var more = focus is null ? caller.Choose(3) : 2;
        for (var i = 0; i < more; i++)
        {
            koids.Add(await caller.MustAsync(new ProcessCreate()));
        }

        var processes = new GeneratedProcesses(koids, focus is not null) { Frontier = koids[^1] };
        // A focused iteration uses one surface only, so it skips the other's set-up (most of an iteration's time).
        var fixtures = new List<object?>();
        for (var s = 0; s < Surfaces.Length; s++)
        {
            fixtures.Add(focus is not { } f ? await Surfaces[s].SetUpAsync(caller, processes, null)
                : f.Surface == s ? await Surfaces[s].SetUpAsync(caller, processes, f.Family)
                : null);
        }

        PressureLevel? pressure = focus is not null && caller.Choose(2) == 0 ? caller.ChooseOne(Workload.Levels) : null;
        return new Fixture(processes, fixtures, focus?.Surface, pressure);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        if (client == Clients - 1)
        {
            for (var call = 0; call < CallsPerOperation(fixture); call++)
            {
                await caller.CallAsync(new Reclaim(fixture.Pressure ?? caller.ChooseOne(Workload.Levels)));
            }

            return;
        }

        if (fixture.Focus is { } focused)
        {
            for (var call = 0; call < CallsPerOperation(fixture); call++)
            {
                await Surfaces[focused].OperateAsync(caller, fixture.Surfaces[focused]!, fixture.Processes, client);
            }

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

        await Surfaces[index].OperateAsync(caller, fixture.Surfaces[index]!, fixture.Processes, client);
    }

    /// <summary>
    /// Calls an operation makes: three in a focused iteration, whose few records on one object need several meetings
    /// (a lock, then two unlocks; a purge, a fault, then a fill), one otherwise. Set-up costs far more than a call
    /// (about half an iteration's steps with two calls per operation), so more calls per set-up find more per second.
    /// </summary>
    private static int CallsPerOperation(Fixture fixture) => fixture.Focus is null ? 1 : 3;

    /// <summary>
    /// The processes and each surface's objects, in <see cref="Surfaces"/> order; in a focused iteration the
    /// surface whose family it draws from (the others made nothing: null), and the reclaimer's one pressure level
    /// (null: any level per call).
    /// </summary>
    public sealed record Fixture(GeneratedProcesses Processes, IReadOnlyList<object?> Surfaces, int? Focus, PressureLevel? Pressure);
}
