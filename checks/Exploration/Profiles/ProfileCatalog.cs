using System.Text.Json;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Harnesses;

namespace VmoKernel.Checks.Exploration.Profiles;

/// <summary>
/// The profiles of a <c>coyote.json</c>, loaded strictly: an unknown key, an unknown test, seeded bug or
/// strategy, a wrong type or a missing budget is a one-line <see cref="InputException"/> naming the JSON
/// path, so a typo never silently explores less than the file says.
/// </summary>
public sealed class ProfileCatalog
{
    public const string FileName = "coyote.json";

    private readonly Dictionary<string, ExplorationProfile> _profiles;

    private ProfileCatalog(string path, Dictionary<string, ExplorationProfile> profiles)
    {
        Path = path;
        _profiles = profiles;
    }

    /// <summary>The file the profiles came from.</summary>
    public string Path { get; }

    public IReadOnlyCollection<string> Names => _profiles.Keys;

    /// <summary>Loads the <c>coyote.json</c> in the current directory or the nearest directory above it.</summary>
    public static ProfileCatalog LoadNearest() => Load(FindNearest(Directory.GetCurrentDirectory()));

    /// <summary>The nearest <c>coyote.json</c> at or above <paramref name="directory"/>.</summary>
    public static string FindNearest(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InputException($"no {FileName} in {directory} or any directory above it");
    }

    public static ProfileCatalog Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"profile file not found: {path}");
        }

        JsonDocument document;
        try
        {
            // Duplicate keys are refused: with "last one wins" a profile could silently explore less than it reads.
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false };
            document = JsonDocument.Parse(InputFile.ReadText(path, path), options);
        }
        catch (JsonException e)
        {
            throw JsonErrors.Describe(path, e);
        }

        using (document)
        {
            var reader = new ProfileReader(System.IO.Path.GetFileName(path));
            return new ProfileCatalog(path, reader.ReadFile(document.RootElement));
        }
    }

    /// <summary>The named profile; an unknown name is the user's error, with the known names in the message.</summary>
    public ExplorationProfile Find(string name) =>
        _profiles.TryGetValue(name, out var profile)
            ? profile
            : throw new InputException($"unknown profile '{name}' in {Path} (known: {string.Join(", ", _profiles.Keys)})");

    internal static ExplorationHarness KnownTest(string name, string where) =>
        HarnessCatalog.All.FirstOrDefault(h => h.Name == name)
        ?? throw new InputException($"{where}: unknown test '{name}' (known: {string.Join(", ", HarnessCatalog.All.Select(h => h.Name))})");
}
