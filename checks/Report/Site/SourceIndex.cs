using System.Text.RegularExpressions;

namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// Where code is declared: every type in the repository's C# sources (<c>abi/ model/ impl/ checks/
/// tests/</c>, build output skipped), and inside a type's file the line of a method or enum member.
/// The checks the catalogs name (monitors, harnesses, obligations, predicates, seeded bugs, mutants)
/// are located through it, so their links point at source that exists today.
/// </summary>
public sealed partial class SourceIndex
{
    private static readonly string[] Folders = ["abi", "model", "impl", "checks", "tests"];
    private readonly Dictionary<string, (string File, int Line)> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);

    public SourceIndex(string root)
    {
        foreach (var folder in Folders.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
        {
            var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(p => !Path.GetRelativePath(root, p).Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj"))
                .Order(StringComparer.Ordinal);
            foreach (var path in files)
            {
                var file = Path.GetRelativePath(root, path).Replace('\\', '/');
                var lines = File.ReadAllLines(path);
                _lines[file] = lines;
                for (var i = 0; i < lines.Length; i++)
                {
                    if (TypeDeclaration().Match(lines[i]) is { Success: true } m)
                    {
                        _types.TryAdd(m.Groups["name"].Value, (file, i + 1));
                    }
                }
            }
        }
    }

    /// <summary>The declaration of a type by its simple name.</summary>
    public (string File, int Line)? Type(string name) => _types.TryGetValue(name, out var at) ? at : null;

    /// <summary>
    /// The declaration of <c>Type.Member</c> (a method, or an enum member; nested types as
    /// <c>Outer.Inner.Member</c>), else the declaration of the type, else null.
    /// </summary>
    public (string File, int Line)? Member(string dotted)
    {
        var parts = dotted.Split('.');
        for (var t = parts.Length - 2; t >= 0; t--)
        {
            if (Type(parts[t]) is not { } type)
            {
                continue;
            }

            var member = parts[^1];
            var lines = _lines[type.File];
            var declaration = new Regex($@"^\s*(?:(?:public|private|internal|protected|static|override|async|sealed)\s+)+[\w<>\[\](),.? ]*?\b{Regex.Escape(member)}\s*(?:<[^>]*>)?\(|^\s*{Regex.Escape(member)}\s*(?:,|=|$)");
            var at = Array.FindIndex(lines, type.Line, l => declaration.IsMatch(l));
            return at < 0 ? type : (type.File, at + 1);
        }

        return null;
    }

    /// <summary>The first line under <paramref name="folder"/> that holds the string literal <c>"text"</c>.</summary>
    public (string File, int Line)? Literal(string folder, string text)
    {
        var quoted = $"\"{text}\"";
        foreach (var (file, lines) in _lines.Where(f => f.Key.StartsWith(folder + "/", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var at = Array.FindIndex(lines, l => l.Contains(quoted, StringComparison.Ordinal));
            if (at >= 0)
            {
                return (file, at + 1);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:(?:public|internal|private|protected|static|sealed|abstract|partial|file|readonly)\s+)*(?:class|record|struct|enum|interface)\s+(?<name>\w+)")]
    private static partial Regex TypeDeclaration();
}
