using VmoKernel.Checks.Exhaust;
using VmoKernel.Checks.Proofs;
using VmoKernel.Checks.Report;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// The speed of <c>checks exhaust</c>, measured in one run: the cost of one Step and one fingerprint on
/// a sample of the <c>small</c> space (the machine's limit, cores / cost), full searches of <c>small</c>
/// cold and warm (generated and distinct states/s against that limit, per wall and per CPU second), the memory per stored fingerprint, state counts
/// per configuration with and without symmetry reduction at equal depth, and the Z3 obligations beside
/// the invariants the search checks.
/// </summary>
public static class ExhaustBenchmark
{
    /// <summary>Configurations counted with and without reduction, each to this depth (raw spaces grow without end).</summary>
    public const int ReductionDepth = 4;

    /// <summary>Wall time each reduction count may take; a count cut short is marked in the table.</summary>
    public static readonly TimeSpan ReductionBudget = TimeSpan.FromSeconds(15);

    public static ExhaustBenchResults Run(Action<string> progress, TimeSpan budget)
    {
        var path = ExhaustConfigFile.FindNearest(Directory.GetCurrentDirectory());
        var small = ExhaustConfigFile.Load(path, "small");
        var cores = Environment.ProcessorCount;

        // Measured first: after a search of small the heap holds gigabytes about to be collected, and the
        // difference of two heap sizes around a million fingerprints drowns in them (it came out negative).
        var bytesPerFingerprint = BytesPerFingerprint();
        // The first search runs as `checks exhaust` does, in a fresh process whose code is still being
        // compiled; the pieces are then timed, and the search run again, on compiled code (steady state).
        progress($"exhaust: full search of small, cold (budget {budget.TotalSeconds:0} s)");
        var cold = TimedSearch.Run(() => new BreadthFirstSearch(small, new ExhaustLimits(Time: budget)).Run(Model.State.KernelState.Fresh()));
        progress($"exhaust: {ExhaustRun.FinalLine(cold.Outcome)}");
        progress("exhaust: measuring the cost of one Step and one fingerprint");
        var cost = StepCost.Measure(small);
        progress("exhaust: full search of small, warm");
        var warm = TimedSearch.Run(() => new BreadthFirstSearch(small, new ExhaustLimits(Time: budget)).Run(Model.State.KernelState.Fresh()));
        progress($"exhaust: {ExhaustRun.FinalLine(warm.Outcome)}");
        var reductions = new List<ExhaustReduction>();
        foreach (var name in ExhaustConfigFile.Names(path))
        {
            var config = ExhaustConfigFile.Load(path, name);
            var limits = new ExhaustLimits(MaxDepth: ReductionDepth, Time: ReductionBudget);
            var reduced = new BreadthFirstSearch(config, limits).Run(Model.State.KernelState.Fresh());
            var raw = new BreadthFirstSearch(config, limits, symmetry: false).Run(Model.State.KernelState.Fresh());
            progress($"exhaust: {name} to depth {ReductionDepth}: {reduced.Distinct} distinct with symmetry, {raw.Distinct} without");
            reductions.Add(new ExhaustReduction(name, reduced, raw));
        }

        return new ExhaustBenchResults(cores, cost, cold, warm, bytesPerFingerprint, reductions, Pairs());
    }

    /// <summary>Managed bytes held per stored fingerprint, from the heap before and after storing a million.</summary>
    private static double BytesPerFingerprint()
    {
        const int count = 1_000_000;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var set = new FingerprintSet();
        var x = 0x9E37_79B9_7F4A_7C15UL;
        for (var i = 0; i < count; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            set.TryAdd(x, new FingerprintSet.Edge(x, i));
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(set);
        return (after - before) / (double)count;
    }

    /// <summary>Each invariant the model's predicates report: the transitions Z3 proves it over, and whether the search checks it.</summary>
    private static IReadOnlyList<ExhaustPair> Pairs()
    {
        var predicates = new PredicateCitations().Collect("").Select(c => c.Id).ToHashSet();
        var proved = ObligationCatalog.All.GroupBy(o => o.SpecId).ToDictionary(g => g.Key, g => g.Select(o => o.Transition).ToList());
        var ids = predicates.Concat(proved.Keys).Distinct().Order(StringComparer.Ordinal);
        return [.. ids.Select(id => new ExhaustPair(id, proved.GetValueOrDefault(id) ?? [], predicates.Contains(id)))];
    }
}
