using System.Xml.Linq;

namespace VmoKernel.Tests.Scenario.Layering;

/// <summary>Every project of the repository and its project references, read from the .csproj files themselves.</summary>
internal sealed record ProjectGraph(IReadOnlyList<string> Projects, IReadOnlyList<ProjectReference> References)
{
    public static ProjectGraph Read(string root)
    {
        var projects = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Select(p => Relative(root, p))
            .Where(p => !p.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var references = projects.SelectMany(project => XDocument.Load(Path.Combine(root, project)).Descendants("ProjectReference").Select(r =>
            new ProjectReference(
                project,
                Relative(root, Path.GetFullPath(Path.Combine(root, Path.GetDirectoryName(project)!, r.Attribute("Include")!.Value))),
                !string.Equals((string?)r.Attribute("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase))));
        return new ProjectGraph(projects, [.. references]);
    }

    /// <summary>The graph with one more reference: how the layering's own tests break it on purpose.</summary>
    public ProjectGraph With(string from, string to, bool compiles = true) =>
        this with { Projects = [.. Projects.Append(from).Append(to).Distinct()], References = [.. References, new ProjectReference(from, to, compiles)] };

    /// <summary>Every project <paramref name="project"/> compiles against, directly or through others.</summary>
    public IReadOnlySet<string> Reaches(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            foreach (var reference in References.Where(r => r.Compiles && r.From == next && seen.Add(r.To)))
            {
                pending.Push(reference.To);
            }
        }

        return seen;
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
