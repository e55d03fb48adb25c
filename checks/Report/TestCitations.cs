using System.Text.RegularExpressions;

namespace VmoKernel.Checks.Report;

/// <summary>
/// Tests cite IDs with xunit traits next to the test: <c>[Trait("spec", "INV-XFER-01")]</c> for a test
/// that verifies the entry, <c>[Trait("must-fail-twin", "INV-MEM-01")]</c> for a test that breaks a
/// state or step on purpose and shows the entry's check catches it. Traits need no extra reference in
/// any test project and filter runs (<c>dotnet test --filter spec=INV-XFER-01</c>). The test projects
/// are not built into this tool, so their sources (<c>tests/**/*.cs</c>) are read: each trait belongs to
/// the next method declared after it, a <c>[Property]</c> is an FsCheck property, a <c>[Fact]</c> or
/// <c>[Theory]</c> an xunit fact, or a Coyote test when its file drives Coyote (it uses
/// <c>Microsoft.Coyote</c> or the exploration harnesses). A trait on anything else is reported as a problem.
/// tests/Scenario.Tests/Report checks this reading against reflection over a built test assembly.
/// </summary>
public sealed partial class TestCitations : ICitationSource
{
    public const string SpecTrait = "spec";
    public const string TwinTrait = "must-fail-twin";

    /// <summary>Traits that are not on a test method, one line each (<c>tests/x.cs:12: ...</c>).</summary>
    public List<string> Misplaced { get; } = [];

    public IEnumerable<Citation> Collect(string root)
    {
        var folder = Path.Combine(root, "tests");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var citations = new List<Citation>();
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(p => !Path.GetRelativePath(folder, p).Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj"))
            .OrderBy(p => p, StringComparer.Ordinal);
        foreach (var path in files)
        {
            var lines = File.ReadAllLines(path);
            citations.AddRange(ReadFile(Path.GetRelativePath(root, path).Replace('\\', '/'), lines, lines.Any(DrivesCoyote)));
        }

        return citations;
    }

    /// <summary>The citations of one test source file.</summary>
    public IEnumerable<Citation> ReadFile(string display, IReadOnlyList<string> lines, bool coyote = false)
    {
        var space = "";
        var type = "";
        var traits = new List<(string Key, string Id, int Line)>();
        var attributes = "";
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (Namespace().Match(line) is { Success: true } n)
            {
                space = n.Groups[1].Value;
            }
            else if (line.StartsWith('['))
            {
                attributes += line;
                traits.AddRange(Trait().Matches(line).Select(m => (m.Groups[1].Value, m.Groups[2].Value, i + 1)));
            }
            else if (TypeDeclaration().Match(line) is { Success: true } t)
            {
                Misplace(display, traits, "a class, not a test method");
                type = t.Groups[1].Value;
                attributes = "";
            }
            else if (Method().Match(line) is { Success: true } m)
            {
                var kind = TestKind(attributes) is CheckKind.Fact && coyote ? CheckKind.CoyoteTest : TestKind(attributes);
                if (kind is null)
                {
                    Misplace(display, traits, $"method {m.Groups[1].Value}, which is not a [Fact], [Theory] or [Property]");
                }

                var name = $"{space}.{type}.{m.Groups[1].Value}";
                foreach (var (key, id, at) in traits)
                {
                    yield return new Citation(id, key == TwinTrait ? CheckKind.TwinTest : kind!.Value, $"test:{name}", name, $"{display}:{at}");
                }

                traits.Clear();
                attributes = "";
            }
            else if (line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            {
                attributes = "";
            }
        }

        Misplace(display, traits, "nothing");
    }

    private static bool DrivesCoyote(string line) =>
        line.StartsWith("using Microsoft.Coyote", StringComparison.Ordinal) || line.StartsWith("using VmoKernel.Checks.Exploration", StringComparison.Ordinal);

    private static CheckKind? TestKind(string attributes) =>
        TestAttribute().Matches(attributes).Select(m => m.Groups[1].Value).FirstOrDefault() switch
        {
            "Property" => CheckKind.Property,
            "Fact" or "Theory" => CheckKind.Fact,
            _ => null,
        };

    private void Misplace(string display, List<(string Key, string Id, int Line)> traits, string what)
    {
        Misplaced.AddRange(traits.Select(t => $"{display}:{t.Line}: trait {t.Key}={t.Id} is on {what}"));
        traits.Clear();
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;")]
    private static partial Regex Namespace();

    [GeneratedRegex(@"Trait\(\s*""(spec|must-fail-twin)""\s*,\s*""([^""]*)""\s*\)")]
    private static partial Regex Trait();

    [GeneratedRegex(@"[\[,]\s*(Fact|Theory|Property)\b")]
    private static partial Regex TestAttribute();

    [GeneratedRegex(@"^(?:(?:public|internal|private|protected|static|sealed|abstract|partial|file)\s+)*(?:class|record|struct)\s+(\w+)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"^(?:(?:public|internal|private|protected|static|async|override|virtual)\s+)+[\w<>\[\](),.? ]+?\s+(\w+)\s*(?:<[^>]*>)?\(")]
    private static partial Regex Method();
}
