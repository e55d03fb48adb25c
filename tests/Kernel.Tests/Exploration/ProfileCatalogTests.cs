using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary><c>coyote.json</c> loads strictly: the repository's profiles are complete, and every mistake is one line naming where it is.</summary>
public sealed class ProfileCatalogTests
{
    private const string ValidProfile = """{ "strategy": "random", "seed": 1, "maxSteps": 100, "iterations": 5, "tests": { "PingPong": {} } }""";

    [Fact]
    public void CiProfileExploresEveryHarnessAndHuntsEverySeededBug()
    {
        var ci = ProfileCatalog.LoadNearest().Find("ci");

        Assert.Equal(HarnessCatalog.All.Select(h => h.Name).Order(), ci.Tests.Select(t => t.Test).Order());
        Assert.Equal(SeededBugCatalog.All.Select(b => b.Name).Order(), ci.SeededBugs.Select(b => b.Bug.Name).Order());
    }

    [Fact]
    public void RepositoryHasCiAndDeepProfiles()
    {
        var catalog = ProfileCatalog.LoadNearest();

        Assert.Contains("ci", catalog.Names);
        Assert.Contains("deep", catalog.Names);
    }

    [Fact]
    public void ProfileInheritsTheDefaultBudgetAndNamesItsStrategy()
    {
        var profile = Load(ValidProfile).Find("p");

        Assert.Equal(ExplorationStrategy.Random, profile.Strategy);
        Assert.Equal(5u, profile.Tests.Single().Budget.Iterations);
    }

    [Theory]
    [InlineData("""{ "profiles": { "p": { "strategy": "random", "seed": 1, "maxSteps": 100, "iterations": 5, "tests": "all", "colour": 1 } } }""",
        "coyote.json: profiles.p: unknown key 'colour'")]
    [InlineData("""{ "profiles": { "p": { "strategy": "bfs", "seed": 1, "maxSteps": 100, "iterations": 5, "tests": "all" } } }""",
        "coyote.json: profiles.p.strategy: unknown strategy 'bfs'")]
    [InlineData("""{ "profiles": { "p": { "strategy": "random", "seed": 1, "maxSteps": 100, "iterations": 5, "tests": { "Nope": {} } } } }""",
        "coyote.json: profiles.p.tests.Nope: unknown test 'Nope'")]
    [InlineData("""{ "profiles": { "p": { "strategy": "random", "seed": 1, "maxSteps": 100, "tests": { "PingPong": { "iterations": 1, "timeBudgetSeconds": 1 } } } } }""",
        "coyote.json: profiles.p.tests.PingPong: give iterations or timeBudgetSeconds, not both")]
    [InlineData("""{ "profiles": { "p": { "strategy": "random", "maxSteps": 100, "iterations": 5, "tests": "all" } } }""",
        "coyote.json: profiles.p: missing key 'seed'")]
    [InlineData("""{ "profiles": { "p": { "strategy": "random", "seed": -1, "maxSteps": 100, "iterations": 5, "tests": "all" } } }""",
        "coyote.json: profiles.p.seed: expected a positive whole number, got -1")]
    [InlineData("""{ "profiles": { "p": { "strategy": "random", "seed": 1, "maxSteps": 100, "tests": { "PingPong": {} } } } }""",
        "coyote.json: profiles.p.tests.PingPong: no budget")]
    [InlineData("""{ "profiles": { "p": { "strategy": "random", "seed": 1, "maxSteps": 100, "iterations": 5, "tests": "all", "seededBugs": { "NoSuchBug": {} } } } }""",
        "coyote.json: profiles.p.seededBugs.NoSuchBug: unknown seeded bug 'NoSuchBug'")]
    [InlineData("""{ "profiles": { "p": { "strategy": "random", "seed": 1, "maxSteps": 100, "iterations": 5, "tests": { "PingPong": {} }, "seededBugs": { "FrameFreedTwice": {} } } } }""",
        "coyote.json: profiles.p.seededBugs.FrameFreedTwice: hunted by harness 'TransferVersusAccess', which the profile's tests do not list")]
    [InlineData("""{ "profiles": { "p": { "strategy": "random", "seed": 1, "maxSteps": 100, "iterations": 5, "tests": "all", "seededBugs": { "FrameFreedTwice": { "test": "PingPong" } } } } }""",
        "coyote.json: profiles.p.seededBugs.FrameFreedTwice: unknown key 'test' (known: iterations, timeBudgetSeconds)")]
    [InlineData("""{ "profile": {} }""", "coyote.json: unknown key 'profile'")]
    public void MistakeIsOneLineNamingWhereItIs(string json, string expectedStart)
    {
        var error = Assert.Throws<InputException>(() => Load(json, wrap: false));

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void UnknownProfileNamesTheKnownOnes()
    {
        var error = Assert.Throws<InputException>(() => Load(ValidProfile).Find("nightly"));

        Assert.Contains("unknown profile 'nightly'", error.Message, StringComparison.Ordinal);
        Assert.Contains("(known: p)", error.Message, StringComparison.Ordinal);
    }

    private static ProfileCatalog Load(string json, bool wrap = true)
    {
        var directory = TempFolder.Create("vmo-profiles-");
        var path = Path.Combine(directory, ProfileCatalog.FileName);
        File.WriteAllText(path, wrap ? $$"""{ "profiles": { "p": {{json}} } }""" : json);
        return ProfileCatalog.Load(path);
    }
}
