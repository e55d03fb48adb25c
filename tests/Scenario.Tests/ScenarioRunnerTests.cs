using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Running;
using VmoKernel.Tests.Scenario.Doubles;
using static VmoKernel.Tests.Scenario.ScenarioText;

namespace VmoKernel.Tests.Scenario;

/// <summary>The runner against test doubles, so these tests do not depend on the model's behaviour.</summary>
public sealed class ScenarioRunnerTests
{
    private readonly FakeKernel _kernel = new();

    [Fact]
    public async Task APassingScenarioHasNoFailuresAndSendsTheWrittenCalls()
    {
        Assert.Empty(await Run(
            "v = zx_vmo_create(2p, 0) => ZX_OK",
            "zx_vmo_write(v, 10, \"hi\\n\") => ZX_OK",
            "zx_vmo_read(v, 10, 3) => ZX_OK cat(\"hi\", bytes(0x0a))",
            "zx_vmo_get_size(v) => ZX_OK 0x2p"));
        Assert.Equal(new VmoCreate(8192, 0), _kernel.Calls[0].Call);
        Assert.Equal(new VmoWrite(0x23, 10, ByteString.Of("hi\n"u8)), _kernel.Calls[1].Call);
        Assert.All(_kernel.Calls, c => Assert.Equal(FakeKernel.FirstProcess, c.Process));
    }

    [Fact]
    public async Task AWrongStatusNamesBoth() =>
        Assert.Equal(
            ["3: expected ZX_OK, got ZX_ERR_OUT_OF_RANGE"],
            await Run("v = zx_vmo_create(1p, 0) => ZX_OK", "zx_vmo_read(v, 1p, 1) => ZX_OK"));

    [Fact]
    public async Task AWrongValueShowsTheExpectedAndTheActualValue() =>
        Assert.Equal(
            ["4: expected \"hello\", got \"hellO\""],
            await Run("v = zx_vmo_create(1p, 0) => ZX_OK", "zx_vmo_write(v, 0, \"hellO\") => ZX_OK", "zx_vmo_read(v, 0, 5) => ZX_OK \"hello\""));

    [Fact]
    public async Task AScenarioGoesOnAfterAFailingStatement()
    {
        var failures = await Run(
            "v = zx_vmo_create(1p, 0) => ZX_OK 5",
            "zx_vmo_read(v, 0, 2) => ZX_OK \"ab\"",
            "zx_handle_close(v) => ZX_OK",
            "zx_handle_close(v) => ZX_OK");
        Assert.Equal(["2: expected 5, got 35", "3: expected \"ab\", got bytes(0x00, 0x00)", "5: expected ZX_OK, got ZX_ERR_BAD_HANDLE"], failures);
    }

    [Fact]
    public async Task BindingAFailedCallStopsTheScenario()
    {
        var failures = await Run("v = zx_vmo_create(1p * 1000, 0) => ZX_OK", "zx_vmo_get_size(v) => ZX_OK");
        Assert.Equal(["2: expected ZX_OK, got ZX_ERR_NO_MEMORY; 'v' cannot be bound to a failed call, so the scenario stops here"], failures);
        Assert.Single(_kernel.Calls);
    }

    [Fact]
    public async Task BindingACallThatReturnedNoValueStopsTheScenario()
    {
        var failures = await Run("v = zx_vmo_create(1p, 0) => ZX_OK", "x = zx_vmo_op_range(v, ZX_VMO_OP_COMMIT, 0, 1p) => ZX_OK", "zx_vmo_get_size(v) => ZX_OK");
        Assert.Equal(["3: cannot bind 'x': zx_vmo_op_range returned no value"], failures);
        Assert.Equal(2, _kernel.Calls.Count);
    }

    [Fact]
    public async Task AHandleThatDoesNotFit32BitsFailsTheStatementWithoutACall()
    {
        var failures = await Run("zx_vmo_get_size(0x100000000) => ZX_OK", "zx_handle_duplicate(root_vmar, U64_MAX) => ZX_OK");
        Assert.Equal(
            ["2: zx_vmo_get_size: vmo = 0x100000000 does not fit a 32-bit handle", "3: zx_handle_duplicate: rights = 0xffffffffffffffff does not fit 32 bits"],
            failures);
        Assert.Empty(_kernel.Calls);
    }

    [Fact]
    public async Task RecordsAreMatchedByTheirListedFieldsAndReadThroughBoundNames()
    {
        Assert.Empty(await Run(
            "v = zx_vmo_create(1p, ZX_VMO_DISCARDABLE) => ZX_OK",
            "st = zx_vmo_op_range(v, ZX_VMO_OP_LOCK, 0, 1p) => ZX_OK {size: 1p, discarded_size: 0}",
            "zx_vmo_op_range(v, ZX_VMO_OP_LOCK, st.offset, st.size) => ZX_OK st",
            "pin = zx_bti_pin(bti, ZX_BTI_PERM_READ, v, 0, 2p) => ZX_OK {pmt: _, addrs: [_, _]}",
            "zx_bti_pin(bti, 0, v, 0, 2p) => ZX_OK {addrs: [pin.addrs[0], pin.addrs[0] + 1p]}"));
        Assert.Equal(
            ["3: expected {size: 0x2000}, got {size: 0x1000}"],
            await Run("v = zx_vmo_create(1p, 0) => ZX_OK", "zx_vmo_op_range(v, ZX_VMO_OP_LOCK, 0, 1p) => ZX_OK {size: 2p}"));
    }

    [Fact]
    public async Task ProcessMakesANamedProcessCurrent()
    {
        Assert.Empty(await Run(
            "p1 = process_create() => OK",
            "process p1",
            "zx_vmo_create(1p, 0) => ZX_OK",
            "process p0",
            "zx_vmo_create(1p, 0) => ZX_OK"));
        Assert.Equal([FakeKernel.FirstProcess, FakeKernel.FirstProcess + 10, FakeKernel.FirstProcess], _kernel.Calls.Select(c => c.Process));
    }

    [Fact]
    public async Task ASpawnedCallIsMatchedAtItsJoin()
    {
        Assert.Empty(await Run("v = zx_vmo_create(1p, 0) => ZX_OK", "spawn t: zx_vmo_get_size(v)", "join t => ZX_OK 1p"));
        Assert.Equal(
            ["4: expected ZX_ERR_BAD_HANDLE, got ZX_OK"],
            await Run("v = zx_vmo_create(1p, 0) => ZX_OK", "spawn t: zx_vmo_get_size(v)", "join t => ZX_ERR_BAD_HANDLE"));
    }

    [Fact]
    public async Task AJoinOfACallThatCanNeverFinishIsBlockedForever() =>
        Assert.Equal(
            ["3: join t: blocked forever (its call can never finish)"],
            await Run(new BlockingFakeKernel(), "spawn t: mem_read(0x1000, 1)", "join t => OK", "zx_vmo_create(1p, 0) => ZX_OK 0"));

    [Fact]
    public async Task AScenarioEndingWithABlockedSpawnFailsOnTheSpawnLine() =>
        Assert.Equal(
            ["2: spawn t: blocked forever (still blocked when the scenario ends)"],
            await Run(new BlockingFakeKernel(), "spawn t: mem_read(0x1000, 1)", "spawn u: zx_vmo_create(1p, 0)"));

    [Fact]
    public async Task AStatementWhoseCallBlocksForeverStopsTheScenario() =>
        Assert.Equal(
            ["2: mem_read: blocked forever"],
            await Run(new BlockingFakeKernel(), "mem_read(0x1000, 1) => OK", "zx_vmo_create(1p, 0) => ZX_OK 0"));

    [Fact]
    public async Task AKernelThatThrowsFailsTheStatementAndStopsTheScenario() =>
        Assert.Equal(
            ["2: the kernel threw InvalidOperationException: broken"],
            await Run(new ThrowingKernel(), "set_free_frames(0) => OK", "zx_vmo_create(1p, 0) => ZX_OK 0"));

    private Task<string[]> Run(params string[] body) => Run(_kernel, body);

    private static async Task<string[]> Run(IKernel kernel, params string[] body)
    {
        var document = Parse(InScenario(string.Join('\n', body)));
        Assert.Empty(document.Diagnostics);
        var failures = await ScenarioRunner.RunAsync(Assert.Single(document.Scenarios), kernel);
        return [.. failures.Select(f => $"{f.Line}: {f.Message}")];
    }

    private sealed class ThrowingKernel : FakeKernel
    {
        public override Task<SyscallResult> InvokeAsync(ulong process, Syscall call) =>
            call is SetFreeFrames ? throw new InvalidOperationException("broken") : base.InvokeAsync(process, call);
    }
}
