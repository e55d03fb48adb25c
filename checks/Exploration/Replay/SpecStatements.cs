using System.Globalization;
using VmoKernel.Checks.Exploration.Profiles;

namespace VmoKernel.Checks.Exploration.Replay;

/// <summary>
/// Where a spec ID is defined and what it says, for the last lines of a story: the one-sentence
/// <c>- statement:</c> bullet under <c>### ID</c> in <c>spec/*.md</c> (spec/README.md's grammar), found
/// beside the nearest <c>coyote.json</c>. Outside a clone there is no spec/ and the story names the ID only.
/// </summary>
public static class SpecStatements
{
    /// <summary><c>(statement, "spec/discardable.md:56")</c>, or null when the ID or spec/ is not found.</summary>
    public static (string Statement, string Place)? Find(string specId)
    {
        string root;
        try
        {
            root = Path.GetDirectoryName(ProfileCatalog.FindNearest(Directory.GetCurrentDirectory()))!;
        }
        catch (Cli.InputException)
        {
            return null;
        }

        var folder = Path.Combine(root, "spec");
        if (!Directory.Exists(folder))
        {
            return null;
        }

        foreach (var path in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(path);
            var at = Array.FindIndex(lines, l => l.Trim() == $"### {specId}");
            if (at < 0)
            {
                continue;
            }

            var statement = lines.Skip(at + 1).TakeWhile(l => !l.StartsWith("###", StringComparison.Ordinal))
                .FirstOrDefault(l => l.StartsWith("- statement:", StringComparison.Ordinal));
            return statement is null
                ? null
                : (statement["- statement:".Length..].Trim(), $"spec/{Path.GetFileName(path)}:{(at + 1).ToString(CultureInfo.InvariantCulture)}");
        }

        return null;
    }
}
