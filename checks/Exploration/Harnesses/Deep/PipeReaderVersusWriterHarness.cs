using VmoKernel.Abi;
using VmoKernel.Kernel;
using L = VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Checks.Exploration.Harnesses.Deep;

/// <summary>
/// A one-byte read of a pipe by one thread and a one-byte write by another, so the read always finishes. A reader
/// that checks the pipe without its lock and goes to sleep under it loses its wakeup only when its check came
/// before the write and the write commits between its check and its lock, one step of the reader's thread.
/// </summary>
[Hunts(SeededBug.PipeReadChecksThenSleeps)]
[ChecksSpec("LIVE-01", "LIVE-LINUX-01", "REF-01")]
public sealed class PipeReaderVersusWriterHarness : KernelHarness<PipeReaderVersusWriterHarness.Fixture>
{
    public override string Name => "PipeReaderVersusWriter";

    public override string Description => "a one-byte pipe read against a one-byte write";

    protected override int Clients => 2;

    protected override int OperationsPerClient => 1;

    protected override async Task<Fixture> SetUpAsync(KernelCaller caller)
    {
        var mapped = await caller.CallAsync(new Mmap(0, Workload.Page, L.ProtRead | L.ProtWrite, L.MapPrivate | L.MapAnonymous));
        var buffer = mapped is { Succeeded: true, Value: IntValue { Number: var address } }
            ? address
            : throw new HarnessSetUpException($"harness set-up call mmap failed: {mapped}");
        var pipe = await caller.CallAsync(new Pipe());
        return pipe.Value is ListValue { Items: [IntValue { Number: var read }, IntValue { Number: var write }] }
            ? new Fixture(buffer, (uint)read, (uint)write)
            : throw new HarnessSetUpException($"harness set-up call pipe failed: {pipe}");
    }

    protected override async Task OperateAsync(KernelCaller caller, Fixture fixture, int client) =>
        await caller.CallAsync(client == 0 ? new FdRead(fixture.ReadEnd, fixture.Buffer, 1) : new FdWrite(fixture.WriteEnd, fixture.Buffer, 1));

    /// <summary>A mapped page the bytes go through, and the pipe's two ends.</summary>
    public sealed record Fixture(ulong Buffer, uint ReadEnd, uint WriteEnd);
}
