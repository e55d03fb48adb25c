using System.Diagnostics;
using VmoKernel.Checks.Cli;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Scenario;

/// <summary>
/// Input a user can hand the CLI by mistake: each is one <c>error:</c> line and exit 2, nothing raw
/// echoed, nothing read without bound, nothing waited on, and no folder that silently runs nothing.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _folder = TempFolder.Create("hostile-input-");

    [Fact]
    public void AFolderWithNoScenarioIsAnInputErrorNotAPass()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;
        AssertOneLine($"error: no *.scn files in {empty}", "scenario", empty);
    }

    [Fact]
    public void ABinaryFileIsRefusedInOneLineWithoutEchoingIt()
    {
        var file = Path.Combine(_folder, "binary.scn");
        File.WriteAllBytes(file, [(byte)'s', (byte)'c', 0x1b, (byte)'[', (byte)'2', (byte)'J', 0, 0xff, 0xfe]);
        AssertOneLine($"error: {file} is not a text file (control byte 0x1b at offset 2)", "scenario", file);
    }

    [Fact]
    public void AFileLargerThanTheLimitIsRefused()
    {
        var file = Path.Combine(_folder, "huge.scn");
        File.WriteAllText(file, new string('#', InputFile.MaxBytes + 1));
        AssertOneLine($"error: {file} is larger than the 4 MiB input limit", "scenario", file);
    }

    [Fact]
    public void AnEndlessDeviceIsRefusedNotReadIntoMemory()
    {
        AssertOneLine("error: /dev/zero is larger than the 4 MiB input limit", "scenario", "/dev/zero");
    }

    [Fact]
    public void AFifoWithNoWriterIsRefusedNotWaitedOn()
    {
        var fifo = Path.Combine(_folder, "pipe.scn");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        AssertOneLine($"error: {fifo} is not a regular file (a pipe, FIFO or terminal): give a file", "scenario", fifo);
    }

    [Fact]
    public void AMisspelledOptionIsNamedAsAnOption() =>
        AssertOneLine("error: unknown option '--kernal' (see 'checks scenario --help')", "scenario", RepositoryPaths.Examples, "--kernal");

    [Fact]
    public void ADuplicateProfileKeyIsRefused()
    {
        var file = Path.Combine(_folder, "coyote.json");
        File.WriteAllText(file, "{\"profiles\": {\"ci\": {}, \"ci\": {}}}");
        var error = Assert.Throws<InputException>(() => VmoKernel.Checks.Exploration.Profiles.ProfileCatalog.Load(file));
        Assert.Contains("Duplicate property 'ci'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AJsonErrorHasOneBasedPositionsAndNoTypeNames()
    {
        var file = Path.Combine(_folder, "trace.json");
        File.WriteAllText(file, "{\n  \"format\": 5\n}");
        AssertOneLine($"error: {file}:2:14: The JSON value could not be converted to a value of the expected kind (at $.format)", "replay", file);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void AssertOneLine(string expected, params string[] args)
    {
        var (exit, stdout, stderr) = CliProcess.Run(args);
        Assert.Equal(ExitCode.UsageOrInput, exit);
        Assert.Equal("", stdout);
        Assert.Equal(expected + "\n", stderr);
    }
}
