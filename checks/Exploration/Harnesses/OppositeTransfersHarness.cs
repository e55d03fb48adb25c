using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// Two user threads transfer pages between the same two VMOs in opposite directions while a third reads
/// both. Every transfer must be answered (LIVE-02): a kernel that takes the two VMOs in call order, not
/// in one global order, deadlocks here.
/// </summary>
[Hunts(SeededBug.OppositeTransfersDeadlock)]
[ChecksSpec("LIVE-02")]
public sealed class OppositeTransfersHarness : KernelHarness<OppositeTransfersHarness.Fixture>
{
    private const ulong Pages = 2;

    public override string Name => "OppositeTransfers";

    public override string Description => "two transfer_data calls in opposite directions between the same VMOs";

    public override string DeadlockSpecId => "LIVE-02";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 2;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var left = await Workload.CreateWrittenAsync(caller, Pages, 0, 0x4c);
        var right = await Workload.CreateWrittenAsync(caller, Pages, 0, 0x52);
        return new Fixture(left, right);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        var page = (ulong)caller.Choose((int)Pages) * Workload.Page;
        await caller.CallAsync(client switch
        {
            0 => new VmoTransferData(fixture.Right, 0, page, Workload.Page, fixture.Left, page),
            1 => new VmoTransferData(fixture.Left, 0, page, Workload.Page, fixture.Right, page),
            _ => new VmoRead(caller.Choose(2) == 0 ? fixture.Left : fixture.Right, page, Workload.Page),
        });
    }

    /// <summary>The two VMOs' handles.</summary>
    public sealed record Fixture(uint Left, uint Right);
}
