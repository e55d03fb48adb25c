using System.Text;

namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// The repository files the site links to (spec entries, sources, checks), copied into the site as
/// line-numbered pages under <c>src/</c> so that a link can land on a line (<c>#L12</c>) and the site
/// still works when it is moved away from the repository (a CI artifact). A path is relative to the
/// repository root; <c>../shared/x</c> (the shared documents a clone may sit beside) becomes <c>src/shared/x</c>.
/// </summary>
public sealed class SourceBundle(string root)
{
    private readonly SortedSet<string> _files = new(StringComparer.Ordinal);

    public string Root { get; } = root;

    /// <summary>The files linked so far, repository-relative.</summary>
    public IReadOnlyCollection<string> Files => _files;

    public bool Exists(string path) => File.Exists(Path.Combine(Root, path));

    /// <summary>The first of the candidate paths that exists, or null.</summary>
    public string? FirstExisting(params string[] candidates) => candidates.FirstOrDefault(Exists);

    /// <summary>The href (from a page at the site root) of the file's copy at a line, registering the file; null when the file does not exist.</summary>
    public string? Href(string path, int line = 0)
    {
        if (!Exists(path))
        {
            return null;
        }

        _files.Add(path);
        return $"src/{PagePath(path)}{(line > 0 ? $"#L{line}" : "")}";
    }

    /// <summary>A link to the file (and line) labelled by its path, or the escaped label when the file does not exist.</summary>
    public string LinkTo(string path, int line = 0, string? label = null)
    {
        label ??= line > 0 ? $"{path}:{line}" : path;
        return Href(path, line) is { } href ? Html.Link(href, label) : Html.Escape(label);
    }

    /// <summary>The 1-based number of the first line of the file the predicate accepts, or 0.</summary>
    public int LineOf(string path, Func<string, bool> predicate)
    {
        if (!Exists(path))
        {
            return 0;
        }

        var lines = File.ReadAllLines(Path.Combine(Root, path));
        var at = Array.FindIndex(lines, l => predicate(l));
        return at + 1;
    }

    /// <summary>Writes the copy of every registered file under <c>&lt;site&gt;/src</c>.</summary>
    public void WriteAll(string site)
    {
        foreach (var path in _files)
        {
            var target = Path.Combine(site, "src", PagePath(path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, Render(path, File.ReadAllLines(Path.Combine(Root, path))));
        }
    }

    private static string PagePath(string path)
    {
        var parts = path.Replace('\\', '/').Split('/').SkipWhile(p => p == "..");
        return string.Join('/', parts) + ".html";
    }

    private static string Render(string path, string[] lines)
    {
        var body = new StringBuilder();
        body.Append($"<h1><code>{Html.Escape(path)}</code></h1>\n<pre class=\"src\">");
        for (var i = 0; i < lines.Length; i++)
        {
            body.Append($"<span id=\"L{i + 1}\"><a href=\"#L{i + 1}\">{i + 1}</a>{Html.Escape(lines[i])}</span>");
        }

        body.Append("</pre>\n");
        var depth = PagePath(path).Count(c => c == '/') + 1;
        return Html.Page(path, body.ToString(), depth);
    }
}
