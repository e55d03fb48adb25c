using System.Diagnostics;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Traces;
using VmoKernel.Tests.Kernel.Exploration;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Kernel.Pinned;

/// <summary>
/// The promise "CI finds it, you replay it": a trace saved by this (Debug) build replays, with the same
/// story, in a second copy of the same sources at another path built in Release. The copy holds the
/// files git tracks or would track (a clone of the working tree, uncommitted edits included). It needs
/// the dotnet SDK; where that is absent the test fails saying so. It is never skipped silently: leave it
/// out explicitly with <c>--filter Category!=CloneAndBuild</c>.
/// </summary>
[Collection(LongHuntCollection.Name)]
[Trait("Category", "CloneAndBuild")]
public sealed class TraceInAnotherCloneTests() : ExplorationTest("ci")
{
    [Fact]
    public void TraceSavedHereReplaysWithTheSameStoryInAReleaseBuildOfAnotherClone()
    {
        var root = Path.GetDirectoryName(ProfileCatalog.FindNearest(Directory.GetCurrentDirectory()))!;
        var outcome = HuntSeededBug("DontNeedNotImmediate");
        Assert.True(outcome.FoundBug);
        var trace = TraceFile.Save(TraceFile.From(outcome), TempFolder.Create("vmo-traces-"));
        var here = ExploreCommandTests.Run("replay", trace);
        Assert.Equal(1, here.Code);

        var clone = TempFolder.Create("vmo-clone-");
        try
        {
            foreach (var file in Lines(Run(root, "git", "ls-files", "--cached", "--others", "--exclude-standard")).Where(f => File.Exists(Path.Combine(root, f))))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(clone, file))!);
                File.Copy(Path.Combine(root, file), Path.Combine(clone, file));
            }

            // Analyzers and the XML documentation change nothing in the assemblies; leaving them out of this second build
            // saves about a third of its time (the first build, the one under test here, ran them).
            Run(clone, "dotnet", "build", "checks", "-c", "Release", "-nologo", "-v", "quiet", "-p:RunAnalyzers=false", "-p:GenerateDocumentationFile=false");
            var there = Run(clone, "dotnet", Path.Combine(clone, "checks", "bin", "Release", "net10.0", "checks.dll"), "replay", trace);

            Assert.Equal(here.Stdout, there.Replace("\r", "", StringComparison.Ordinal));
            Assert.Contains("failure reproduced: INV-LOCKLESS-04", there, StringComparison.Ordinal);
        }
        finally
        {
            // The clone with its Release build is about 130 MB: gone now, not only when the test process ends.
            TempFolder.Delete(clone);
        }
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs a tool to its end; its stdout, or a failed assertion naming the tool and its exit code (replay's 1 is a success here).</summary>
    private static string Run(string directory, string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"this test needs '{tool}' on PATH ({e.Message}); leave it out with --filter Category!=CloneAndBuild", e);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var replayed = arguments.Contains("replay") && process.ExitCode == 1;
            Assert.True(process.ExitCode == 0 || replayed, $"{tool} {string.Join(' ', arguments)} exited {process.ExitCode}: {stdout}{stderr.Result}");
            return stdout;
        }
    }
}
