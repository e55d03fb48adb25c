using System.Reflection;
using VmoKernel.Checks.Report;

namespace VmoKernel.Tests.Scenario.Report;

/// <summary>
/// The report reads test traits from source (it cannot load test assemblies it does not build); this
/// checks that reading against reflection over this compiled test assembly: the same methods, keys and IDs.
/// </summary>
public sealed class TraitReadingTests
{
    [Fact]
    public void TheSourceReadingFindsExactlyTheTraitsReflectionFinds()
    {
        var compiled = typeof(TraitReadingTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetCustomAttributesData()
                .Where(a => a.AttributeType.FullName == "Xunit.TraitAttribute")
                .Select(a => ((string)a.ConstructorArguments[0].Value!, (string)a.ConstructorArguments[1].Value!, $"{m.DeclaringType!.FullName}.{m.Name}")))
            .Where(t => t.Item1 is TestCitations.SpecTrait or TestCitations.TwinTrait)
            .Select(t => $"{t.Item1} {t.Item2} {t.Item3}")
            .Order(StringComparer.Ordinal)
            .ToList();

        var reader = new TestCitations();
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "Scenario.Tests");
        var read = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(p => reader.ReadFile(p, File.ReadAllLines(p)).ToList())
            .Select(c => $"{(c.Kind == CheckKind.TwinTest ? TestCitations.TwinTrait : TestCitations.SpecTrait)} {c.Id} {c.Name}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(compiled);
        Assert.Equal(compiled, read);
        Assert.Empty(reader.Misplaced);
    }

    [Fact]
    public void AttributeListsOnOneLineAndCoyoteFilesAreRead()
    {
        var reader = new TestCitations();
        string[] lines =
        [
            "using Microsoft.Coyote.SystematicTesting;",
            "namespace A.B;",
            "public sealed class C",
            "{",
            "    [Fact, Trait(\"spec\", \"LIVE-02\"), Trait(\"must-fail-twin\", \"INV-PIN-01\")]",
            "    public void Races() => Explore();",
            "}",
        ];
        var citations = reader.ReadFile("tests/C.cs", lines, coyote: true).ToList();
        Assert.Equal([("LIVE-02", CheckKind.CoyoteTest, "test:A.B.C.Races"), ("INV-PIN-01", CheckKind.TwinTest, "test:A.B.C.Races")],
            citations.Select(c => (c.Id, c.Kind, c.Reference!)));
    }
}
