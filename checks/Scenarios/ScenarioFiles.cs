using VmoKernel.Checks.Cli;

namespace VmoKernel.Checks.Scenarios;

/// <summary>
/// Expands the paths given to <c>checks scenario</c>: a file is taken as it is, a folder
/// contributes every <c>*.scn</c> below it. The result is deduplicated and sorted by the path
/// shown in messages (ordinal), so runs are deterministic whatever the file system's order.
/// </summary>
public static class ScenarioFiles
{
    /// <summary>A file to read (<see cref="FullPath"/>) and how messages name it (<see cref="DisplayPath"/>, as the user wrote it).</summary>
    public sealed record Entry(string FullPath, string DisplayPath);

    /// <exception cref="InputException">A path is neither a file nor a folder, a folder holds no <c>*.scn</c>,
    /// or a word that looks like an option is not one (it reached the paths).</exception>
    public static IReadOnlyList<Entry> Discover(IEnumerable<string> paths, string workingDirectory)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                entries.TryAdd(full, new Entry(full, path));
            }
            else if (Directory.Exists(full))
            {
                var before = entries.Count;
                foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
                {
                    if (file.EndsWith(".scn", StringComparison.Ordinal))
                    {
                        var display = Join(path, Path.GetRelativePath(full, file));
                        entries.TryAdd(Path.GetFullPath(file), new Entry(Path.GetFullPath(file), display));
                    }
                }

                // A folder with nothing to run would otherwise pass as "0 passed, 0 failed".
                if (entries.Count == before && !Directory.EnumerateFiles(full, "*.scn", SearchOption.AllDirectories).Any())
                {
                    throw new InputException($"no *.scn files in {path}");
                }
            }
            else if (path.StartsWith('-'))
            {
                throw new InputException($"unknown option '{path}' (see 'checks scenario --help')");
            }
            else
            {
                throw new InputException($"no such file or folder: {path}");
            }
        }

        return [.. entries.Values.OrderBy(e => e.DisplayPath, StringComparer.Ordinal)];
    }

    private static string Join(string folder, string relative)
    {
        var separator = folder.EndsWith('/') || folder.EndsWith(Path.DirectorySeparatorChar) ? "" : "/";
        return folder + separator + relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
