using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Harnesses.Generated;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// The Linux surface of the Generated harness makes every Linux call record (issue 16): a record added to
/// abi/Syscalls/Linux that no generator makes fails here, and so does a generator for a record that is gone.
/// </summary>
public sealed class GeneratedLinuxCatalogueTests
{
    [Fact]
    public void LinuxSurfaceGeneratesEveryLinuxCallRecordAndNothingElse()
    {
        var records = LinuxRecords();
        var generated = new LinuxSurface().Calls;

        Assert.Equal(27, records.Count);
        Assert.Equal(records.Select(t => t.Name).Order(), generated.Select(t => t.Name).Order());
        Assert.Equal(generated.Count, generated.Distinct().Count());
    }

    [Fact]
    public void GeneratedHarnessOffersEveryLinuxCallRecord()
    {
        var offered = GeneratedHarness.Calls.ToHashSet();

        Assert.All(LinuxRecords(), record => Assert.Contains(record, offered));
    }

    /// <summary>The call records declared in abi/Syscalls/Linux: one file per record, found by reflection from its file name.</summary>
    private static List<Type> LinuxRecords()
    {
        var folder = Path.Combine(RepositoryRoot(), "abi", "Syscalls", "Linux");
        var byName = SyscallCatalogue.Records.ToDictionary(r => r.Record.Name, r => r.Record);
        return [.. Directory.EnumerateFiles(folder, "*.cs").Select(path => byName[Path.GetFileNameWithoutExtension(path)])];
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "vmo-kernel-model.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("the repository root (vmo-kernel-model.slnx) was not found");
    }
}
