namespace VmoKernel.Tests.Scenario;

/// <summary>A golden test cannot approve itself in CI: UPDATE_GOLDEN=1 is refused when CI is set.</summary>
public sealed class GoldenUpdateTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData("0", "true", false)]
    [InlineData("1", null, true)]
    [InlineData("1", "", true)]
    public void AnUpdateHappensOnlyWhenAskedForOutsideCi(string? updateGolden, string? ci, bool expected) =>
        Assert.Equal(expected, GoldenUpdate.Decide(updateGolden, ci));

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    public void AnUpdateAskedForUnderCiIsRefused(string ci)
    {
        var error = Assert.Throws<InvalidOperationException>(() => GoldenUpdate.Decide("1", ci));
        Assert.StartsWith("UPDATE_GOLDEN=1 is refused when CI is set", error.Message, StringComparison.Ordinal);
    }
}
