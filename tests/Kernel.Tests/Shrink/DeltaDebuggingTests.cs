using VmoKernel.Checks.Exploration.Shrink;

namespace VmoKernel.Tests.Kernel.Shrink;

/// <summary>
/// The ddmin loop both shrinkers share, over a failure that needs a known set of positions: deleting any chunk
/// that holds none of them is accepted, so the loop must end on exactly the needed ones.
/// </summary>
public sealed class DeltaDebuggingTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void DeletingChunksEndsOnThePositionsTheFailureNeeds(bool withComplements, bool lastFirst)
    {
        var needed = new HashSet<int> { 3, 11, 12 };
        var left = Enumerable.Range(0, 20).ToList();
        DeltaDebugging.Reduce(() => left, minimum: 2, withComplements, lastFirst, () => true, chunk =>
        {
            if (chunk.Any(needed.Contains))
            {
                return false;
            }

            left = [.. left.Except(chunk)];
            return true;
        });
        Assert.Equal(needed.Order(), left);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ComplementsAreTriedOnlyWhenAskedAndOnceTheChunksAreFinerThanHalves(bool withComplements)
    {
        var tried = new List<IReadOnlyList<int>>();
        DeltaDebugging.Reduce(() => [.. Enumerable.Range(0, 8)], minimum: 1, withComplements, lastFirst: false, () => true, subset =>
        {
            tried.Add(subset);
            return false;
        });

        // Halves, quarters, then single positions: 2 + 4 + 8 chunks, and with complements 4 + 8 more.
        Assert.Equal(withComplements ? 26 : 14, tried.Count);
        Assert.Equal(withComplements, tried.Any(s => s.SequenceEqual([2, 3, 4, 5, 6, 7])));
        Assert.Equal([0, 1, 2, 3], tried[0]);
    }

    [Fact]
    public void TheLoopStopsWhenTheBudgetEnds()
    {
        var calls = 0;
        DeltaDebugging.Reduce(() => [.. Enumerable.Range(0, 64)], minimum: 2, withComplements: true, lastFirst: false,
            () => calls < 5, _ => { calls++; return false; });
        Assert.Equal(5, calls);
    }

    [Theory]
    [InlineData(7, 3)]
    [InlineData(2, 4)]
    public void SplitKeepsEveryPositionOnceInOrderInNearEvenChunks(int count, int parts)
    {
        var items = Enumerable.Range(10, count).ToList();
        var chunks = DeltaDebugging.Split(items, parts);
        Assert.Equal(items, chunks.SelectMany(c => c));
        Assert.True(chunks.Max(c => c.Count) - chunks.Min(c => c.Count) <= 1);
        Assert.All(chunks, c => Assert.NotEmpty(c));
    }
}
