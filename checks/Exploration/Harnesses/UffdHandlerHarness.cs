using VmoKernel.Abi;
using VmoKernel.Kernel;
using L = VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>
/// Seed 002's userfaultfd handler against the threads it serves: two pages registered with an O_NONBLOCK uffd; a
/// handler thread reads fault messages and copies or zeroes pages in (the faulted one, or one chosen ahead of any
/// fault), and at its end reads once more and closes the uffd, so every faulting thread finishes; two threads load,
/// store and write(2) to a pipe from the registered pages; a fourth purges them (MADV_DONTNEED, or MADV_VOLATILE and
/// reclaim). Hunts lost wakeups, wakes that come before the page, and a close that forgets its waiters.
/// </summary>
[Hunts(SeededBug.FaultChecksThenSleeps)]
[Hunts(SeededBug.CopyWakesBeforeInstall)]
[Hunts(SeededBug.LastCloseForgetsWaiters)]
[ChecksSpec("LIVE-01", "REF-01", "INV-LINUX-14")]
public sealed class UffdHandlerHarness : KernelHarness<UffdHandlerHarness.Fixture>
{
    private const ulong Pages = 2;
    private const int Handler = 0;
    private const int Purger = 3;

    public override string Name => "UffdHandler";

    public override string Description => "a uffd handler thread (read, copy, zeropage, close) against faulting loads, stores and pipe writes, and purges";

    protected override int Clients => 4;

    protected override int OperationsPerClient => 3;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var mapped = await caller.CallAsync(new Mmap(0, Pages * Workload.Page, L.ProtRead | L.ProtWrite, L.MapPrivate | L.MapAnonymous));
        var area = mapped.Value is IntValue { Number: var address } && mapped.Succeeded
            ? address
            : throw new HarnessSetUpException($"harness set-up call mmap failed: {mapped}");
        var uffd = await caller.MustAsync(new Userfaultfd(L.ONonBlock));
        await caller.MustAsync(new UffdioApi(uffd, L.UffdApi, 0));
        await caller.MustAsync(new UffdioRegister(uffd, area, Pages * Workload.Page, L.UffdioRegisterModeMissing));
        var pipe = await caller.CallAsync(new Pipe());
        var write = pipe.Value is ListValue { Items: [_, IntValue { Number: var end }] } ? (uint)end : throw new HarnessSetUpException($"harness set-up call pipe failed: {pipe}");
        return new Fixture(area, uffd, write, [0]);
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client)
    {
        var page = fixture.Area + ((ulong)caller.Choose((int)Pages) * Workload.Page);
        switch (client)
        {
            case Handler:
                await HandleAsync(caller, fixture, page);
                break;
            case Purger:
                await PurgeAsync(caller, fixture, page);
                break;
            default:
                await caller.CallAsync(caller.Choose(3) switch
                {
                    0 => new MemRead(page, 1),
                    1 => new MemWrite(page, Workload.Fill((byte)(0x60 + client), 1)),
                    _ => new FdWrite(fixture.PipeWrite, page, 1),
                });
                break;
        }
    }

    private async Task HandleAsync(KernelCaller caller, Fixture fixture, ulong page)
    {
        var read = await caller.CallAsync(new UffdRead(fixture.Uffd));
        if (++fixture.HandlerOperations[0] == OperationsPerClient)
        {
            await caller.CallAsync(new Close(fixture.Uffd));
            return;
        }

        // A message names the page to supply; without one the handler supplies a page ahead of its fault.
        if (read.Value is RecordValue message && message["address"] is IntValue { Number: var address })
        {
            page = address & ~(Workload.Page - 1);
        }

        await caller.CallAsync(caller.Choose(2) == 0
            ? new UffdioCopy(fixture.Uffd, page, Workload.Fill(0x5a, Workload.Page), 0)
            : new UffdioZeropage(fixture.Uffd, page, Workload.Page, 0));
    }

    private static async Task PurgeAsync(KernelCaller caller, Fixture fixture, ulong page)
    {
        if (caller.Choose(2) == 0)
        {
            await caller.CallAsync(new Madvise(page, Workload.Page, L.MadvDontNeed));
            return;
        }

        await caller.CallAsync(new Madvise(fixture.Area, Pages * Workload.Page, L.MadvVolatile));
        await caller.CallAsync(new Reclaim(PressureLevel.Critical));
    }

    /// <summary>The registered area, the uffd, the pipe's write end, and how many operations the handler has made.</summary>
    public sealed record Fixture(ulong Area, uint Uffd, uint PipeWrite, int[] HandlerOperations);
}
