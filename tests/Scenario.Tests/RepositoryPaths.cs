using System.Runtime.CompilerServices;

namespace VmoKernel.Tests.Scenario;

/// <summary>Finds the repository (the folder holding vmo-kernel-model.slnx) and the folders the tests read.</summary>
public static class RepositoryPaths
{
    private const string SolutionFile = "vmo-kernel-model.slnx";

    public static string Root { get; } = FindRoot();

    /// <summary>The project's own scenarios, <c>&lt;repo&gt;/scenarios</c>.</summary>
    public static string Scenarios => Path.Combine(Root, "scenarios");

    /// <summary>The scenario language's own examples, copied into the repository (<c>&lt;repo&gt;/scenarios/examples.scn</c>).</summary>
    public static string Examples => Path.Combine(Scenarios, "examples.scn");

    /// <summary>The golden files of the runner's own output.</summary>
    public static string Golden => Path.Combine(Root, "tests", "Scenario.Tests", "Golden");

    private static string FindRoot() =>
        WalkUp(AppContext.BaseDirectory) ?? WalkUp(SourceDirectory())
        ?? throw new InvalidOperationException($"no {SolutionFile} above {AppContext.BaseDirectory}");

    private static string? WalkUp(string? start)
    {
        for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string? SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path);
}
