using VmoKernel.Checks.Exhaust;
using VmoKernel.Model;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Exhaust;

/// <summary>
/// What the exhaust speed work relies on: INV-HANDLE-02 reads <see cref="Lifetime.LiveVmos"/> instead of
/// building the collected state, so the two must agree, also on states with dead VMOs (a handle removed
/// without collecting); and the bench's piece costs are measured, positive, and give the limit.
/// </summary>
public sealed class SpeedShortcutTests
{
    [Theory]
    [InlineData(ModelFaults.None)]
    [InlineData(ModelFaults.ViewsDoNotKeepParentAlive)]
    public void TheLiveVmoSetIsWhatCollectionKeeps(ModelFaults faults)
    {
        var checkedStates = 0;
        foreach (var state in Sample(KernelState.Fresh() with { Faults = faults }, 300))
        {
            foreach (var (process, p) in state.Processes)
            {
                foreach (var (handle, _) in p.Handles)
                {
                    var uncollected = state.RemoveHandle(process, handle);
                    var live = Lifetime.LiveVmos(uncollected);
                    var kept = Lifetime.Collect(uncollected).Vmos.Keys;

                    Assert.Equal(kept, uncollected.Vmos.Keys.Where(live.Contains));
                    checkedStates++;
                }
            }
        }

        Assert.True(checkedStates > 1000, $"{checkedStates} states checked");
    }

    [Fact]
    public void ThePieceCostsAreMeasuredAndGiveTheLimit()
    {
        var cost = StepCost.Measure(ExhaustConfigFile.LoadNearest("small"), sampleStates: 40);

        Assert.True(cost.StepNs > 0 && cost.FingerprintNs > 0 && cost.TransitionNs > 0 && cost.StateInvariantNs > 0, cost.ToString());
        Assert.Equal(2e9 / (cost.StepNs + cost.FingerprintNs), cost.LimitPerSecond(2), 6);

        // Most calls of small fail and leave the very state they were given: the search's own ceiling, which
        // fingerprints only changed states, lies above the limit.
        Assert.InRange(cost.ChangedShare, 0.01, 0.99);
        Assert.True(cost.MixLimitPerSecond(2) > cost.LimitPerSecond(2), cost.ToString());
    }

    /// <summary>The first <paramref name="count"/> states of <c>small</c> reached breadth first (repeats allowed: this only feeds the check).</summary>
    private static List<KernelState> Sample(KernelState initial, int count)
    {
        var generator = new MoveGenerator(ExhaustConfigFile.LoadNearest("small").Domains);
        var moves = new List<Move>();
        var sample = new List<KernelState> { initial };
        for (var i = 0; i < sample.Count && sample.Count < count; i++)
        {
            generator.Generate(sample[i], moves);
            foreach (var move in moves)
            {
                var (after, _) = Kernel.Step(sample[i], move.Process, move.Call);
                if (!ReferenceEquals(after, sample[i]) && sample.Count < count)
                {
                    sample.Add(after);
                }
            }
        }

        return sample;
    }
}
