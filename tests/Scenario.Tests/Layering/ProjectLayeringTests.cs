namespace VmoKernel.Tests.Scenario.Layering;

/// <summary>The layering of the projects is a fact of the repository, and each rule catches its own breach.</summary>
public sealed class ProjectLayeringTests
{
    private static readonly ProjectGraph Repository = ProjectGraph.Read(RepositoryPaths.Root);

    [Fact]
    public void TheRepositoryFollowsTheLayering()
    {
        Assert.Contains(ProjectLayering.Host, Repository.Projects);
        Assert.All(ProjectLayering.Layers.Keys, room => Assert.Contains(room, Repository.Projects));
        Assert.Empty(ProjectLayering.Violations(Repository));
    }

    [Fact]
    public void TestsReachTheHostOnlyToBuildIt()
    {
        var toHost = Repository.References.Where(r => r.To == ProjectLayering.Host).ToList();
        Assert.NotEmpty(toHost);
        Assert.All(toHost, r => Assert.False(r.Compiles, $"{r.From} compiles against the host"));
    }

    [Fact]
    public void ProofsReachingExplorationIsCaught() =>
        AssertCaught(Repository.With(ProjectLayering.Proofs, ProjectLayering.Exploration), "Proofs.csproj reaches checks/Exploration");

    [Fact]
    public void ProofsReachingExplorationThroughAnotherRoomIsCaught() =>
        AssertCaught(Repository.With(ProjectLayering.Proofs, "checks/Cli/Cli.csproj").With("checks/Cli/Cli.csproj", ProjectLayering.Exploration), "Proofs.csproj reaches checks/Exploration");

    [Fact]
    public void ALibraryCompilingAgainstTheHostIsCaught() =>
        AssertCaught(Repository.With("checks/Report/Report.csproj", ProjectLayering.Host), "compiles against the CLI host");

    [Fact]
    public void AnUpwardArrowIsCaught() =>
        AssertCaught(Repository.With(ProjectLayering.Exploration, "checks/Report/Report.csproj"), "arrows point to lower layers only");

    [Fact]
    public void ARoomWithNoLayerIsCaught() =>
        AssertCaught(Repository.With("checks/Linux/Linux.csproj", "checks/Cli/Cli.csproj"), "no layer");

    [Fact]
    public void TheModelReachingTheKernelIsCaught() =>
        AssertCaught(Repository.With("model/Model.csproj", "impl/Impl.csproj"), "compared, never shared");

    private static void AssertCaught(ProjectGraph graph, string expected) =>
        Assert.Contains(ProjectLayering.Violations(graph), v => v.Contains(expected, StringComparison.Ordinal));
}
