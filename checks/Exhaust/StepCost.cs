using System.Diagnostics;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;

namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// The cost of the pieces of one search step, measured on one thread over a sample of real states of a
/// configuration (the first few levels of its space): one model Step, one fingerprint, the transition
/// invariants of one edge, the state invariants of one state. The machine's limit for a search is
/// cores / (Step + fingerprint): no search can generate states faster than it can step and hash them.
/// </summary>
public sealed record StepCost(int Sampled, long Edges, double StepNs, double FingerprintNs, double TransitionNs, double StateInvariantNs)
{
    private const int InvariantPasses = 10;

    public double LimitPerSecond(int cores) => cores * 1e9 / (StepNs + FingerprintNs);

    public static StepCost Measure(ExhaustConfig config, int sampleStates = 400)
    {
        var sample = Sample(config, sampleStates);
        var generator = new MoveGenerator(config.Domains);
        var moves = new List<Move>();
        var edges = new List<(KernelState Before, Move Move, KernelState After, VmoKernel.Abi.SyscallResult Result)>();
        var clock = Stopwatch.StartNew();
        foreach (var state in sample)
        {
            generator.Generate(state, moves);
            foreach (var move in moves)
            {
                var (after, result) = Model.Kernel.Step(state, move.Process, move.Call);
                edges.Add((state, move, after, result));
            }
        }

        var step = clock.Elapsed.TotalNanoseconds / edges.Count;
        clock.Restart();
        var sink = 0UL;
        foreach (var edge in edges)
        {
            sink ^= StateFingerprint.Symmetric(edge.After);
        }

        var fingerprint = clock.Elapsed.TotalNanoseconds / edges.Count;
        clock.Restart();
        foreach (var edge in edges)
        {
            sink += (ulong)Transitions.Check(edge.Before, edge.Move.Process, edge.Move.Call, edge.Result, edge.After).Count;
        }

        var transition = clock.Elapsed.TotalNanoseconds / edges.Count;

        // The state invariants run once per sampled state, too few calls to hide the JIT's first-call
        // cost: pass 0 warms them up untimed, the clock starts at pass 1.
        for (var pass = 0; pass <= InvariantPasses; pass++)
        {
            if (pass == 1)
            {
                clock.Restart();
            }

            foreach (var state in sample)
            {
                sink += (ulong)StateInvariants.Check(state).Count;
            }
        }

        var invariants = clock.Elapsed.TotalNanoseconds / (sample.Count * InvariantPasses);
        GC.KeepAlive(sink);
        return new StepCost(sample.Count, edges.Count, step, fingerprint, transition, invariants);
    }

    /// <summary>Distinct states of the first levels, breadth first, until <paramref name="count"/> are found.</summary>
    private static List<KernelState> Sample(ExhaustConfig config, int count)
    {
        var generator = new MoveGenerator(config.Domains);
        var moves = new List<Move>();
        var seen = new HashSet<ulong>();
        var sample = new List<KernelState> { KernelState.Fresh() };
        seen.Add(StateFingerprint.Symmetric(sample[0]));
        for (var i = 0; i < sample.Count && sample.Count < count; i++)
        {
            generator.Generate(sample[i], moves);
            foreach (var move in moves)
            {
                var (after, _) = Model.Kernel.Step(sample[i], move.Process, move.Call);
                if (sample.Count < count && seen.Add(StateFingerprint.Symmetric(after)))
                {
                    sample.Add(after);
                }
            }
        }

        return sample;
    }
}
