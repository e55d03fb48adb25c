using System.Net;
using System.Text.RegularExpressions;

namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// Checks a written site the way a reviewer would trip over it: every relative link (<c>href</c>,
/// <c>src</c>) names a file of the site and, with a <c>#fragment</c>, an element with that id; every
/// table has at least one body row. One line per problem, <c>page: what</c>.
/// </summary>
public static partial class SiteAudit
{
    public static IReadOnlyList<string> Check(string folder)
    {
        var problems = new List<string>();
        var ids = new Dictionary<string, HashSet<string>>();
        HashSet<string> IdsOf(string path)
        {
            if (!ids.TryGetValue(path, out var set))
            {
                ids[path] = set = [.. Id().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value)];
            }

            return set;
        }

        foreach (var page in Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, page).Replace('\\', '/');
            var html = File.ReadAllText(page);
            foreach (var target in Reference().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)))
            {
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    problems.Add($"{name}: links outside the site: {target}");
                    continue;
                }

                var hash = target.IndexOf('#');
                var file = hash < 0 ? target : target[..hash];
                var resolved = file.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, file));
                if (!File.Exists(resolved))
                {
                    problems.Add($"{name}: broken link {target}");
                }
                else if (hash >= 0 && resolved.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(resolved).Contains(target[(hash + 1)..]))
                {
                    problems.Add($"{name}: broken anchor {target}");
                }
            }

            foreach (Match table in Table().Matches(html))
            {
                if (!table.Value.Contains("<td", StringComparison.Ordinal))
                {
                    problems.Add($"{name}: empty table at offset {table.Index}");
                }
            }
        }

        return problems;
    }

    [GeneratedRegex("""(?:href|src)="([^"]*)"(?=[^<>]*>)""")]
    private static partial Regex Reference();

    [GeneratedRegex("""\bid="([^"]+)"(?=[^<>]*>)""")]
    private static partial Regex Id();

    [GeneratedRegex("<table[\\s\\S]*?</table>")]
    private static partial Regex Table();
}
