using System.Collections.Concurrent;

namespace VmoKernel.Tests.Shared;

/// <summary>
/// The temporary folders tests write traces, reports and scenarios to, each deleted when the test process ends. Before
/// this every run left all of them behind in the temp folder, a Release build of a second clone of the repository
/// (about 130 MB, TraceInAnotherCloneTests) among them: a machine that ran the suite a few dozen times had gigabytes
/// of them.
/// </summary>
internal static class TempFolder
{
    private static readonly ConcurrentBag<string> Made = [];

    static TempFolder() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();

    /// <summary>A new, empty folder under the temp folder whose name starts with <paramref name="prefix"/>.</summary>
    public static string Create(string prefix)
    {
        var path = Directory.CreateTempSubdirectory(prefix).FullName;
        Made.Add(path);
        return path;
    }

    /// <summary>Deletes <paramref name="path"/> and what it holds now; a folder already gone, or still in use, is left to the end of the run.</summary>
    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Whatever a child process still holds open is tried again when the test process ends.
        }
    }

    private static void DeleteAll()
    {
        foreach (var path in Made)
        {
            Delete(path);
        }
    }
}
