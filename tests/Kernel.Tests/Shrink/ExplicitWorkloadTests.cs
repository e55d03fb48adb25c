using VmoKernel.Checks.Exploration.Harnesses;

namespace VmoKernel.Tests.Kernel.Shrink;

/// <summary>The explicit workload the shrinker edits: deletions touch only what they name, and recorded choices replay in range.</summary>
public sealed class ExplicitWorkloadTests
{
    private static readonly ExplicitWorkload Workload = new([[[1, 2], [0]], [[3]], []]);

    [Fact]
    public void DeletingAnOperationKeepsEveryOtherOperationInOrder()
    {
        var smaller = Workload.Without(0, 0);

        Assert.Equal([[0]], smaller.Threads[0]);
        Assert.Equal(Workload.Threads[1], smaller.Threads[1]);
        Assert.Equal(3, Workload.Operations);
        Assert.Equal(2, smaller.Operations);
    }

    [Fact]
    public void DeletingAThreadEmptiesOnlyThatThread()
    {
        var smaller = Workload.WithoutThread(1);

        Assert.Empty(smaller.Threads[1]);
        Assert.Equal(2, smaller.Threads[0].Count);
    }

    [Fact]
    public void DeletedSetUpCallsAccumulateInOrder()
    {
        var smaller = Workload.WithoutSetUpCall(5).WithoutSetUpCall(2);

        Assert.Equal([2, 5], smaller.SkippedSetUpCalls);
        Assert.True(smaller.SkipsSetUpCall(2));
        Assert.False(smaller.SkipsSetUpCall(3));
        Assert.False(Workload.SkipsSetUpCall(2));
    }

    [Fact]
    public void AChunkOfSetUpCallsJoinsThoseDeletedBeforeOnceEach()
    {
        var smaller = Workload.WithoutSetUpCall(4).WithoutSetUpCalls([7, 4, 1]);

        Assert.Equal([1, 4, 7], smaller.SkippedSetUpCalls);
    }

    [Theory]
    [InlineData(0, 6, 5)]
    [InlineData(1, 3, 1)]
    [InlineData(2, 6, 0)]
    public void ARecordedSetUpChoiceIsTakenWithinItsRangeAndZeroPastTheRecordedOnes(int index, int count, int expected) =>
        Assert.Equal(expected, (Workload with { SetUpChoices = [5, 4] }).SetUpChoice(index, count));

    [Fact]
    public void AWorkloadWithoutSetUpChoicesAnswersZero() => Assert.Equal(0, Workload.SetUpChoice(0, 6));

    [Theory]
    [InlineData(0, 6, 1)]
    [InlineData(1, 6, 2)]
    [InlineData(1, 2, 0)]
    [InlineData(2, 6, 0)]
    public void ARecordedChoiceIsTakenWithinItsRangeAndZeroPastTheRecordedOnes(int index, int count, int expected) =>
        Assert.Equal(expected, Workload.Choice(0, 0, index, count));
}
