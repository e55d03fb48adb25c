using VmoKernel.Checks.Exploration.Profiles;

namespace VmoKernel.Checks.Exploration.Traces;

/// <summary>
/// The one command that replays a saved trace, written to work from the folder where it is printed:
/// the checks project and the trace are both given relative to the current directory (from a
/// subfolder that is <c>dotnet run --project ../checks -- replay ../out/traces/X.json</c>).
/// </summary>
public static class ReplayCommand
{
    /// <summary>The command as typed in <paramref name="here"/> (default: the current directory).</summary>
    public static string For(string tracePath, string? here = null)
    {
        here ??= Directory.GetCurrentDirectory();
        return $"dotnet run --project {Quote(Path.GetRelativePath(here, ChecksProject(here)))} -- replay {Quote(Path.GetRelativePath(here, Path.GetFullPath(tracePath, here)))}";
    }

    /// <summary>The checks project beside the nearest <c>coyote.json</c> (the repository root); <c>checks</c> when there is none.</summary>
    private static string ChecksProject(string here)
    {
        try
        {
            var root = Path.GetDirectoryName(ProfileCatalog.FindNearest(here))!;
            var checks = Path.Combine(root, "checks");
            return File.Exists(Path.Combine(checks, "Checks.csproj")) ? checks : Path.Combine(here, "checks");
        }
        catch (Cli.InputException)
        {
            return Path.Combine(here, "checks");
        }
    }

    private static string Quote(string path) => path.Any(char.IsWhiteSpace) ? $"'{path}'" : path;
}
