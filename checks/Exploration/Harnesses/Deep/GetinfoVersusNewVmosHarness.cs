using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses.Deep;

/// <summary>
/// process_getinfo of the calling process's committed bytes while another thread creates contiguous VMOs (each
/// committed at creation, so each adds a page the process holds). A getinfo that finds a VMO it did not take must
/// start over; one that re-validates its retry against a look taken just before the freeze is fooled only when one
/// create lands in the first attempt's window and another in the step between the retry's look and its freeze.
/// </summary>
[Hunts(SeededBug.GetinfoRetriesOnceThenTrustsLook)]
[ChecksSpec("LIVE-01", "REF-01", "INV-INFO-05")]
public sealed class GetinfoVersusNewVmosHarness : KernelHarness<GetinfoVersusNewVmosHarness.Fixture>
{
    public override string Name => "GetinfoVersusNewVmos";

    public override string Description => "process_getinfo's committed bytes against a thread creating committed (contiguous) VMOs";

    protected override int Clients => 2;

    protected override int OperationsPerClient => 4;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller) =>
        new(await Workload.CreateWrittenAsync(caller, 1, 0, 0x60));

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        await caller.CallAsync(client == 0
            ? new ProcessGetinfo([caller.Process], 0, ProcessInfoOptions.CommittedBytes | ProcessInfoOptions.HandleCount, 4096)
            : new VmoCreateContiguous(caller.Bti, Workload.Page, 0));
    }

    /// <summary>A written VMO the process holds from the start.</summary>
    public sealed record Fixture(uint Written);
}
