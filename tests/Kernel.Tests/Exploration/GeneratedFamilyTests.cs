using VmoKernel.Checks.Exploration.Harnesses.Generated;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// The families a focused Generated iteration draws its swarm from: each names only records its own surface
/// generates (a family naming a record the surface has no generator for would make set-up throw), leaves the
/// swarm a choice (more records than the smallest swarm, at least two ops or advice), and names objects set-up
/// makes; the harness lists every family of every surface once.
/// </summary>
public sealed class GeneratedFamilyTests
{
    [Fact]
    public void EveryZirconFamilyDrawsFromTheZirconSurfaceAndLeavesTheSwarmAChoice()
    {
        var calls = new ZirconSurface().Calls;

        Assert.All(ZirconFamilies.All, family =>
        {
            Assert.All(family.Records, record => Assert.Contains(record, calls));
            Assert.Equal(family.Records.Count, family.Records.Distinct().Count());
            Assert.True(family.Records.Count > 2, $"{family.Name}: a swarm of two to four records from {family.Records.Count} is no choice");
            Assert.True(family.Ops.Count >= 2, $"{family.Name}: fewer than two ops");
            Assert.All(family.Vmos, kind => Assert.InRange(kind, 0, 8));
        });
    }

    [Fact]
    public void EveryLinuxFamilyDrawsFromTheLinuxSurfaceAndLeavesTheSwarmAChoice()
    {
        var calls = new LinuxSurface().Calls;

        Assert.All(LinuxFamilies.All, family =>
        {
            Assert.All(family.Records, record => Assert.Contains(record, calls));
            Assert.Equal(family.Records.Count, family.Records.Distinct().Count());
            Assert.True(family.Records.Count > 2, $"{family.Name}: a swarm of two to four records from {family.Records.Count} is no choice");
            Assert.True(family.Advice.Count >= 2, $"{family.Name}: fewer than two advice values");
            Assert.NotEmpty(family.Areas);
        });
    }

    [Fact]
    public void TheHarnessListsEveryFamilyOfEverySurfaceOnce()
    {
        string[] expected =
        [
            .. ZirconFamilies.All.Select(f => $"zircon/{f.Name}"),
            .. LinuxFamilies.All.Select(f => $"linux/{f.Name}"),
        ];

        Assert.Equal(expected, GeneratedHarness.FamilyNames);
        Assert.Equal(expected.Length, expected.Distinct().Count());
    }
}
