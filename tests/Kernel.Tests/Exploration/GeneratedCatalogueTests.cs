using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Harnesses.Generated;
using VmoKernel.Checks.Report;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// The Generated harness draws from the whole call catalogue (<see cref="SyscallCatalogue"/>): each surface
/// makes exactly the records of its folder of abi/Syscalls (the Zircon records in the folder itself, the Linux
/// ones in Linux/; the records share a namespace, so the folder, one file per record, tells them apart), and
/// their union is every record, each once. A record added to abi without a surface row fails here, and so does
/// a row for a record that is gone.
/// </summary>
public sealed class GeneratedCatalogueTests
{
    private static readonly string Syscalls = Path.Combine(TraceabilityReport.FindRoot(AppContext.BaseDirectory), "abi", "Syscalls");

    /// <summary>The names of the records whose files are directly in <paramref name="folder"/>.</summary>
    private static List<string> RecordsIn(string folder) =>
        [.. Directory.GetFiles(folder, "*.cs").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order()];

    private static List<string> Names(IEnumerable<Type> records) => [.. records.Select(t => t.Name).Order()];

    [Fact]
    public void TheZirconSurfaceGeneratesExactlyTheZirconRecords()
    {
        var generated = new ZirconSurface().Calls;

        Assert.Equal(RecordsIn(Syscalls), Names(generated));
        Assert.Equal(generated.Count, generated.Distinct().Count());
    }

    [Fact]
    public void TheLinuxSurfaceGeneratesExactlyTheLinuxRecords()
    {
        var generated = new LinuxSurface().Calls;

        Assert.Equal(27, generated.Count);
        Assert.Equal(RecordsIn(Path.Combine(Syscalls, "Linux")), Names(generated));
        Assert.Equal(generated.Count, generated.Distinct().Count());
    }

    [Fact]
    public void EveryRecordIsAZirconFileOrALinuxFileSoTheFolderSplitMissesNone()
    {
        var zircon = RecordsIn(Syscalls);

        Assert.Equal(Names(SyscallCatalogue.Records.Select(r => r.Record)), [.. zircon.Concat(RecordsIn(Path.Combine(Syscalls, "Linux"))).Order()]);
        Assert.Equal(28, zircon.Count);
    }

    [Fact]
    public void TheHarnessGeneratesEveryCallRecordOfTheCatalogueOnce()
    {
        Assert.Equal(Names(SyscallCatalogue.Records.Select(r => r.Record)), Names(GeneratedHarness.Calls));
        Assert.Equal(55, GeneratedHarness.Calls.Count);
        Assert.All(GeneratedHarness.Calls, t => Assert.True(t.IsSubclassOf(typeof(Syscall)) && !t.IsAbstract, $"{t.Name} is not a call record"));
    }
}
