namespace VmoKernel.Checks.Cli;

/// <summary>
/// Files the CLI writes. Each output path is checked before any work starts (a run that takes minutes
/// must not lose its result to a path that was never writable), nothing existing is overwritten without
/// <c>--force</c>, and an I/O failure is the user's one-line error, not an internal one.
/// </summary>
public static class OutputFile
{
    /// <summary>Refuses, with one line naming <paramref name="option"/>, a path that is a folder, an existing file without <paramref name="force"/>, or one whose folder cannot be made.</summary>
    public static void Check(string path, string option, bool force)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"{option} {path} is a folder, not a file");
        }

        if (File.Exists(path) && !force)
        {
            throw new InputException($"{option} {path} already exists (pass --force to overwrite it)");
        }

        CheckFolder(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", option);
    }

    /// <summary>Makes the folder (and its parents) now, so a path through a file fails before the work.</summary>
    public static void CheckFolder(string folder, string option)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{option}: cannot create folder {folder}: {e.Message}");
        }
    }

    /// <summary>Writes <paramref name="text"/>; an I/O failure is an <see cref="InputException"/>.</summary>
    public static void Write(string path, string text)
    {
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write {path}: {e.Message}");
        }
    }

    /// <summary><paramref name="stem"/><c>.json</c>, or <c>stem.2.json</c>, <c>stem.3.json</c>... whichever does not exist yet.</summary>
    public static string Unique(string folder, string stem, string extension)
    {
        var path = Path.Combine(folder, stem + extension);
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(folder, $"{stem}.{n}{extension}");
        }

        return path;
    }
}
