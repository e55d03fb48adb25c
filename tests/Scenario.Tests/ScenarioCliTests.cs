using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Scenarios;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Scenario;

/// <summary><c>checks scenario</c> through the real CLI entry point, for what does not depend on the model.</summary>
public sealed class ScenarioCliTests : IDisposable
{
    private readonly string _folder = TempFolder.Create("scenario-cli-");

    [Fact]
    public void KernelRunsEveryScenarioOnTheModelAndOnTheActorKernel()
    {
        var file = Path.Combine(_folder, "wrong.scn");
        File.WriteAllText(file, "scenario \"s\"\n  v = zx_vmo_create(1p, 0) => ZX_OK\n  zx_vmo_get_size(v) => ZX_OK 2p\nend\n");
        var (exit, output, error) = Run("scenario", "--kernel", file);
        Assert.Equal(ExitCode.Failed, exit);
        Assert.Equal("", error);
        Assert.Contains($"{file}:3: scenario \"s\" [model]: expected 0x2000, got 0x1000", output);
        Assert.Contains($"{file}:3: scenario \"s\" [kernel]: expected 0x2000, got 0x1000", output);
        Assert.EndsWith("0 passed, 1 failed\n", output);
    }

    [Fact]
    public void AMissingPathIsAnInputError()
    {
        var (exit, _, error) = Run("scenario", Path.Combine(_folder, "nope.scn"));
        Assert.Equal(ExitCode.UsageOrInput, exit);
        Assert.Equal($"error: no such file or folder: {Path.Combine(_folder, "nope.scn")}\n", error);
    }

    [Fact]
    public void AMalformedFileIsReportedOnStandardErrorAndNothingRuns()
    {
        var file = Path.Combine(_folder, "bad.scn");
        File.WriteAllText(file, "scenario \"s\"\n  zx_vmo_create(1p, 0) => ZX_OK\n  zx_vmo_create(1p) => ZX_OK\nend\n");
        var (exit, output, error) = Run("scenario", file);
        Assert.Equal(ExitCode.UsageOrInput, exit);
        Assert.Equal("", output);
        Assert.Equal($"{file}:3: zx_vmo_create(size, options) takes 2 arguments, got 1\n", error);
    }

    [Fact]
    public void FoldersAreSearchedRecursivelyForScnFilesInSortedOrderWithoutDuplicates()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "f", "a"));
        foreach (var name in new[] { "f/b.scn", "f/a/c.scn", "f/a.scn", "f/notes.txt", "f/x.scnx" })
        {
            File.WriteAllText(Path.Combine(_folder, name), "");
        }

        var entries = ScenarioFiles.Discover(["f/a/c.scn", "f"], _folder);

        Assert.Equal(["f/a.scn", "f/a/c.scn", "f/b.scn"], entries.Select(e => e.DisplayPath));
        Assert.Equal(Path.Combine(_folder, "f", "a", "c.scn"), entries[1].FullPath);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args) => CliProcess.Run(args);
}
