using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Harnesses.Generated;
using VmoKernel.Checks.Report;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// The Generated harness's Zircon surface makes every Zircon call record of the catalogue (abi/Syscalls
/// outside Linux/): a record added to abi without a row in the surface's table fails here, so no call
/// escapes generated concurrent programs. The Linux records share the namespace, so the folder (one file
/// per record, named after it) is what tells them apart.
/// </summary>
public sealed class GeneratedZirconCatalogueTests
{
    private static readonly string Syscalls = Path.Combine(TraceabilityReport.FindRoot(AppContext.BaseDirectory), "abi", "Syscalls");

    /// <summary>The records of the files directly in abi/Syscalls, or in its Linux folder.</summary>
    private static IEnumerable<string> RecordsIn(string folder) =>
        Directory.GetFiles(folder, "*.cs").Select(Path.GetFileNameWithoutExtension).OfType<string>();

    /// <summary>Every non-abstract <see cref="Syscall"/> record.</summary>
    private static IEnumerable<string> AllRecords() =>
        typeof(Syscall).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Syscall)) && !t.IsAbstract).Select(t => t.Name);

    [Fact]
    public void TheSurfaceGeneratesExactlyTheZirconRecords()
    {
        var generated = new ZirconSurface().Calls;

        Assert.Equal(RecordsIn(Syscalls).Order(), generated.Select(t => t.Name).Order());
        Assert.Equal(generated.Count, generated.Distinct().Count());
        Assert.All(generated, t => Assert.True(t.IsSubclassOf(typeof(Syscall)) && !t.IsAbstract, $"{t.Name} is not a call record"));
    }

    [Fact]
    public void EveryRecordIsAZirconFileOrALinuxFileSoTheFolderSplitMissesNone()
    {
        var zircon = RecordsIn(Syscalls).ToList();

        Assert.Equal(AllRecords().Order(), zircon.Concat(RecordsIn(Path.Combine(Syscalls, "Linux"))).Order());
        Assert.Equal(28, zircon.Count);
    }
}
