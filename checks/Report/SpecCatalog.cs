using System.Collections.Immutable;
using VmoKernel.Checks.Cli;

namespace VmoKernel.Checks.Report;

/// <summary>
/// The invariant catalogue read from <c>spec/</c> by the grammar of spec/README.md: every entry of
/// every catalogue file, and the decision IDs of decisions.md. A malformed entry, an ID defined twice or
/// a missing folder is the user's error (<see cref="InputException"/>, <c>spec/x.md:12: message</c>).
/// </summary>
public sealed class SpecCatalog
{
    private static readonly string[] NotCatalogue = ["README.md", "decisions.md", "abi-extensions.md"];
    private static readonly string[] Bullets = ["statement", "kind", "source", "checks"];
    private static readonly string[] Kinds = ["invariant", "rule", "refinement", "liveness"];

    private SpecCatalog(ImmutableArray<SpecEntry> entries, ImmutableHashSet<string> decisions)
    {
        Entries = entries;
        Decisions = decisions;
        ById = entries.ToImmutableDictionary(e => e.Id);
    }

    /// <summary>Every entry, file by file (files in ordinal order), each file's entries in file order.</summary>
    public ImmutableArray<SpecEntry> Entries { get; }

    public ImmutableDictionary<string, SpecEntry> ById { get; }

    /// <summary>The decision IDs (<c>D-n</c>) decisions.md defines.</summary>
    public ImmutableHashSet<string> Decisions { get; }

    public bool Defines(string id) => ById.ContainsKey(id) || Decisions.Contains(id);

    /// <summary>Reads <c>&lt;root&gt;/spec</c>.</summary>
    public static SpecCatalog Read(string root)
    {
        var folder = Path.Combine(root, "spec");
        if (!Directory.Exists(folder))
        {
            throw new InputException($"no spec folder at {folder}");
        }

        var entries = new List<SpecEntry>();
        var seen = new Dictionary<string, string>();
        foreach (var path in Directory.GetFiles(folder, "*.md").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (NotCatalogue.Contains(name))
            {
                continue;
            }

            foreach (var entry in ReadFile($"spec/{name}", File.ReadAllLines(path)))
            {
                if (seen.TryGetValue(entry.Id, out var first))
                {
                    throw new InputException($"{entry.File}:{entry.Line}: {entry.Id} is already defined at {first}");
                }

                seen[entry.Id] = $"{entry.File}:{entry.Line}";
                entries.Add(entry);
            }
        }

        var decisionsPath = Path.Combine(folder, "decisions.md");
        var decisions = File.Exists(decisionsPath) ? ReadDecisions(File.ReadAllLines(decisionsPath)) : [];
        return new SpecCatalog([.. entries], decisions);
    }

    /// <summary>Parses one catalogue file's entries (headings inside code fences are not entries).</summary>
    public static IEnumerable<SpecEntry> ReadFile(string file, IReadOnlyList<string> lines)
    {
        var entries = new List<SpecEntry>();
        var fenced = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced && lines[i].StartsWith("### ", StringComparison.Ordinal))
            {
                var end = i + 1;
                while (end < lines.Count && !lines[end].StartsWith('#'))
                {
                    end++;
                }

                entries.Add(ReadEntry(file, lines, i, end));
                i = end - 1;
            }
        }

        return entries;
    }

    private static SpecEntry ReadEntry(string file, IReadOnlyList<string> lines, int heading, int end)
    {
        var id = lines[heading][4..];
        if (!SpecIds.IsCatalogueId(id))
        {
            throw new InputException($"{file}:{heading + 1}: '{id}' is not an ID (INV-<AREA>-<NN>, REF-<NN>, LIVE-<NN> or LIVE-<AREA>-<NN>)");
        }

        var values = new Dictionary<string, (int Line, int Count, string Value)>();
        var statement = "";
        for (var i = heading + 1; i < end; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var bullet = Bullets.FirstOrDefault(b => lines[i].StartsWith($"- {b}: ", StringComparison.Ordinal));
            if (bullet is null)
            {
                throw new InputException($"{file}:{i + 1}: {id}: expected one of the bullets '- statement: ', '- kind: ', '- source: ', '- checks: '");
            }

            var expected = Bullets[values.Count];
            if (bullet != expected)
            {
                throw new InputException($"{file}:{i + 1}: {id}: '{bullet}' bullet where '{expected}' was expected (order: statement, kind, source, checks, each once)");
            }

            var first = i;
            var value = lines[i][(bullet.Length + 4)..].Trim();
            while (i + 1 < end && lines[i + 1].StartsWith("  ", StringComparison.Ordinal) && lines[i + 1].Trim().Length > 0)
            {
                value += " " + lines[++i].Trim();
            }

            if (bullet == "statement")
            {
                statement = string.Join('\n', new[] { lines[first][(bullet.Length + 4)..].Trim() }.Concat(lines.Skip(first + 1).Take(i - first).Select(l => l.Trim())));
            }

            values[bullet] = (first + 1, i - first + 1, value);
        }

        if (values.Count < Bullets.Length)
        {
            throw new InputException($"{file}:{heading + 1}: {id}: missing the '- {Bullets[values.Count]}: ' bullet");
        }

        var kind = values["kind"];
        if (!Kinds.Contains(kind.Value))
        {
            throw new InputException($"{file}:{kind.Line}: {id}: kind '{kind.Value}' is not one of {string.Join(", ", Kinds)}");
        }

        var checks = values["checks"];
        var source = values["source"];
        return new SpecEntry(id, kind.Value, file, heading + 1, checks.Line, checks.Count, checks.Value, source.Value, source.Line, statement);
    }

    private static ImmutableHashSet<string> ReadDecisions(string[] lines)
    {
        var fenced = false;
        var ids = ImmutableHashSet.CreateBuilder<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced && line.IsDecisionHeading())
            {
                ids.Add(line[4..].Trim());
            }
        }

        return ids.ToImmutable();
    }
}
