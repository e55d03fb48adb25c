using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Harnesses.Generated;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// The swarm a focused Generated iteration draws from its family: the family's core records (its protocol) in every
/// swarm and one to three distinct others, every other record drawn in some swarm, and in no fewer swarms when a
/// record becomes core; and a family of one core record draws exactly the choices it drew before cores existed, so its iterations
/// (and what the generated-finds table measured of them) stay the same.
/// </summary>
public sealed class GeneratedSwarmTests
{
    private static readonly string[] Records = ["protocol", "partner", "a", "b", "c", "d"];

    private static KernelCaller Caller(Random random) =>
        new(0, new Dictionary<string, ulong>(), (_, _) => throw new InvalidOperationException("no calls in a swarm draw"), random.Next);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void EverySwarmHoldsTheCoreAndOneToThreeDistinctOthers(int core)
    {
        var random = new Random(16);
        var drawn = new HashSet<string>();
        var sizes = new HashSet<int>();
        for (var i = 0; i < 500; i++)
        {
            var swarm = GeneratedSwarm.DrawAround(Caller(random), Records, core);

            Assert.Equal(Records[..core], swarm.Take(core));
            Assert.InRange(swarm.Count - core, 1, 3);
            Assert.Equal(swarm.Count, swarm.Distinct().Count());
            drawn.UnionWith(swarm);
            sizes.Add(swarm.Count - core);
        }

        Assert.Equal(Records.Order(), drawn.Order());
        Assert.Equal([1, 2, 3], sizes.Order());
    }

    [Fact]
    public void ACoreRecordTakesNoPlaceFromTheOthers()
    {
        // Over many draws each record outside the core is in about 2 / rest of the swarms (one to three others, two on
        // average): 0.4 of them with one core record of six, 0.5 with two, so the pin made core lowers no other share.
        const int Draws = 6000;
        var random = new Random(32);
        foreach (var core in new[] { 1, 2 })
        {
            var rest = Records.Length - core;
            var inSwarm = Records.Skip(core).ToDictionary(r => r, _ => 0);
            for (var i = 0; i < Draws; i++)
            {
                foreach (var record in GeneratedSwarm.DrawAround(Caller(random), Records, core).Skip(core))
                {
                    inSwarm[record]++;
                }
            }

            Assert.All(inSwarm.Values, count => Assert.InRange(count / (double)Draws, (2.0 / rest) - 0.05, (2.0 / rest) + 0.05));
        }
    }

    [Fact]
    public void OneCoreRecordDrawsTheChoicesItDrewBeforeCores()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var (now, before) = (new Random(seed), new Random(seed));
            var swarm = GeneratedSwarm.DrawAround(Caller(now), Records);

            // Before cores: the first record, then one to three of the others, each a pick from those left.
            var left = Records.Skip(1).ToList();
            List<string> expected = [Records[0]];
            for (var count = 1 + before.Next(3); count > 0; count--)
            {
                var i = before.Next(left.Count);
                expected.Add(left[i]);
                left.RemoveAt(i);
            }

            Assert.Equal(expected, swarm);
        }
    }

    [Fact]
    public void TheTransferFamilysProtocolIsTheTransferAndThePinItMustNotMove()
    {
        var transfer = ZirconFamilies.All.Single(f => f.Name == "transfer");

        Assert.Equal(2, transfer.Core);
        Assert.Equal([typeof(VmoTransferData), typeof(BtiPin)], transfer.Records.Take(transfer.Core));
        Assert.All(ZirconFamilies.All.Where(f => f != transfer), family => Assert.Equal(1, family.Core));
    }
}
