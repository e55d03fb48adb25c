using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Scenario.Report;

/// <summary>
/// A copy of Report/Fixture in a fresh temporary folder, laid out as a repository (spec/, scenarios/,
/// tests/). Test sources are stored as <c>*.cs.txt</c> so the test project does not compile them; the
/// copy gives them back their <c>.cs</c> name.
/// </summary>
public sealed class ReportFixture : IDisposable
{
    public ReportFixture()
    {
        Root = TempFolder.Create("report-fixture-");
        var source = Path.Combine(RepositoryPaths.Root, "tests", "Scenario.Tests", "Report", "Fixture");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(source, file));
            target = target.EndsWith(".cs.txt", StringComparison.Ordinal) ? target[..^4] : target;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
