using VmoKernel.Abi;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Scenarios;
using VmoKernel.Checks.Scenarios.Running;
using VmoKernel.Tests.Scenario.Doubles;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Scenario;

/// <summary>Running several files on several hosts: order, host labels and the scenario count.</summary>
public sealed class ScenarioSuiteTests : IDisposable
{
    private readonly string _folder = TempFolder.Create("scenario-suite-");

    [Fact]
    public void WithSeveralHostsAFailureNamesItsHostAndAScenarioPassesOnlyOnAll()
    {
        Write("b.scn", "scenario \"reads\"\n  v = zx_vmo_create(1p, 0) => ZX_OK\n  zx_vmo_read(v, 0, 1) => ZX_OK zeros(1)\nend\n");
        Write("a.scn", "scenario \"creates\"\n  zx_vmo_create(1p, 0) => ZX_OK\nend\n");
        var hosts = new IScenarioHost[] { new KernelFactoryHost("fake", () => new FakeKernel()), new KernelFactoryHost("other", () => new OnesKernel()) };

        var (exit, output) = Run(hosts, ".");

        Assert.Equal(ExitCode.Failed, exit);
        Assert.Equal("./b.scn:3: scenario \"reads\" [other]: expected bytes(0x00), got bytes(0x01)\n1 passed, 1 failed\n", output);
    }

    [Fact]
    public void WithOneHostFailuresCarryNoLabel()
    {
        Write("a.scn", "scenario \"s\"\n  zx_vmo_create(1p, 0) => ZX_ERR_NO_MEMORY\nend\n");
        var (exit, output) = Run([new KernelFactoryHost("fake", () => new FakeKernel())], "a.scn");
        Assert.Equal(ExitCode.Failed, exit);
        Assert.Equal("a.scn:2: scenario \"s\": expected ZX_ERR_NO_MEMORY, got ZX_OK\n0 passed, 1 failed\n", output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    private (int Exit, string Output) Run(IReadOnlyList<IScenarioHost> hosts, params string[] paths)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ScenarioSuite.Run(paths, _folder, hosts, output, error);
        Assert.Equal("", error.ToString());
        return (exit, output.ToString());
    }

    /// <summary>TEST DOUBLE: a fake kernel whose reads return 0x01 bytes, so one host disagrees.</summary>
    private sealed class OnesKernel : FakeKernel
    {
        public override async Task<SyscallResult> InvokeAsync(ulong process, Syscall call)
        {
            var result = await base.InvokeAsync(process, call);
            return call is VmoRead && result.Value is BytesValue bytes
                ? SyscallResult.ZxOk(Value.Of(ByteString.Of([.. Enumerable.Repeat((byte)1, bytes.Bytes.Length)])))
                : result;
        }
    }
}
