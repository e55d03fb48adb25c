using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses.Deep;

/// <summary>
/// ZX_VMO_OP_COMMIT of a two-page VMO (page 0 committed, page 1 not) while one thread writes page 1 and another
/// decommits page 0, in either order. A commit that re-validates its first look by the page
/// count is fooled only when both land between its two holds, which leave the count where it was.
/// </summary>
[Hunts(SeededBug.CommitValidatesLookByPageCount)]
[ChecksSpec("LIVE-01", "INV-MEM-02")]
public sealed class CommitVersusRecommitHarness : KernelHarness<CommitVersusRecommitHarness.Fixture>
{
    private const ulong Pages = 2;

    public override string Name => "CommitVersusRecommit";

    public override string Description => "COMMIT of a half-committed VMO against writes of its missing page and decommits of its committed one";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 2;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var vmo = await caller.MustAsync(new VmoCreate(Pages * Workload.Page, 0));
        await caller.MustAsync(new VmoWrite(vmo, 0, Workload.Fill(0x30, Workload.Page)));
        return new Fixture(vmo);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        await caller.CallAsync(client switch
        {
            0 => new VmoOpRange(fixture.Vmo, VmoOp.Commit, 0, Pages * Workload.Page),
            1 => new VmoWrite(fixture.Vmo, Workload.Page, Workload.Fill(0x41, Workload.Page)),
            _ => new VmoOpRange(fixture.Vmo, VmoOp.Decommit, 0, Workload.Page),
        });
    }

    /// <summary>The two-page VMO.</summary>
    public sealed record Fixture(uint Vmo);
}
