using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// process_getinfo and process_madvise naming the processes that a concurrent process_create is about to
/// make, and calls made as those processes (koids are handed out in order, so the next ones are known in
/// advance). Each call must answer as if it ran wholly before or wholly after each create: ESRCH (or
/// BAD_HANDLE for a call from the process, D-27) before it, the new process after it (REF-01).
/// </summary>
[Hunts(SeededBug.ProcessLookupRacesCreate)]
[ChecksSpec("LIVE-01", "REF-01")]
public sealed class GetinfoVersusProcessCreateHarness : KernelHarness<GetinfoVersusProcessCreateHarness.Fixture>
{
    public override string Name => "GetinfoVersusProcessCreate";

    public override string Description => "process_getinfo, process_madvise and calls of processes a concurrent process_create is making";

    protected override int Clients => 3;

    protected override int OperationsPerClient => 2;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        // Two creates show the stride between consecutive process koids.
        var first = (ulong)await caller.MustAsync(new ProcessCreate());
        var second = (ulong)await caller.MustAsync(new ProcessCreate());
        return new Fixture(second + (second - first), second - first);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        var koid = fixture.Next + ((ulong)caller.Choose(2) * fixture.Stride);
        switch (client)
        {
            case 0:
                await caller.CallAsync(new ProcessCreate());
                break;
            case 1:
                await caller.CallAsync(new ProcessGetinfo([caller.Process, koid], 0, ProcessInfoOptions.KnownMask, 4096));
                break;
            default:
                await (caller.Choose(2) == 0
                    ? caller.CallAsync(new ProcessMadvise(koid, [], ProcessInfoOptions.MadvCold, 0, 0))
                    : caller.CallAsAsync(koid, new VmoCreate(Workload.Page, 0)));
                break;
        }
    }

    /// <summary>The koid the next process_create returns, and the distance between two process koids.</summary>
    public sealed record Fixture(ulong Next, ulong Stride);
}
