using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;

namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// The cost of the pieces of one search step, measured on one thread over a sample of real states of a
/// configuration (the first few levels of its space): one model Step, one fingerprint, the transition
/// invariants of one edge, the state invariants of one state. The machine's limit for a search is
/// cores / (Step + fingerprint): no search can generate states faster than it can step and hash them.
/// A search that fingerprints only the states a call changed (a failed call leaves the very same state,
/// already stored) has the lower bound cores / (Step + changed share x fingerprint) instead: the limit
/// for the sample's mix of calls (<see cref="MixLimitPerCpuSecond"/>).
/// </summary>
public sealed record StepCost(int Sampled, long Edges, double StepNs, double FingerprintNs, double TransitionNs, double StateInvariantNs, double ChangedShare)
{
    private const int InvariantPasses = 10;

    private static readonly TimeSpan MinimumCpu = TimeSpan.FromMilliseconds(300);

    /// <summary>Generated states per CPU-second one core can reach at most: 1 / (Step + fingerprint).</summary>
    public double LimitPerCpuSecond => 1e9 / (StepNs + FingerprintNs);

    public double LimitPerSecond(int cores) => cores * LimitPerCpuSecond;

    /// <summary>Generated states per CPU-second one core can reach at most when only changed states are fingerprinted: 1 / (Step + changed share x fingerprint).</summary>
    public double MixLimitPerCpuSecond => 1e9 / (StepNs + (ChangedShare * FingerprintNs));

    public double MixLimitPerSecond(int cores) => cores * MixLimitPerCpuSecond;

    /// <summary>
    /// Times each piece over the sample's edges. Pass 0 of every piece runs untimed so that its code is
    /// compiled (and, after a search in the same process, tiered up) before the clock starts: the figures
    /// are the steady-state cost, what a long search pays per call.
    /// </summary>
    public static StepCost Measure(ExhaustConfig config, int sampleStates = 400)
    {
        var sample = Sample(config, sampleStates);
        var generator = new MoveGenerator(config.Domains);
        var moves = new List<Move>();
        var edges = new List<(KernelState Before, Move Move, KernelState After, VmoKernel.Abi.SyscallResult Result)>();
        foreach (var state in sample)
        {
            generator.Generate(state, moves);
            foreach (var move in moves)
            {
                var (after, result) = Model.Kernel.Step(state, move.Process, move.Call);
                edges.Add((state, move, after, result));
            }
        }

        var sink = 0UL;
        var step = PerCall(edges.Count, () =>
        {
            foreach (var edge in edges)
            {
                sink += Model.Kernel.Step(edge.Before, edge.Move.Process, edge.Move.Call).State.Clock;
            }
        });
        var fingerprint = PerCall(edges.Count, () =>
        {
            foreach (var edge in edges)
            {
                sink ^= StateFingerprint.Symmetric(edge.After);
            }
        });
        var transition = PerCall(edges.Count, () =>
        {
            foreach (var edge in edges)
            {
                sink += (ulong)Transitions.Check(edge.Before, edge.Move.Process, edge.Move.Call, edge.Result, edge.After).Count;
            }
        });

        // The state invariants run once per sampled state, too few calls for one timed pass.
        var invariants = PerCall(sample.Count * InvariantPasses, () =>
        {
            for (var pass = 0; pass < InvariantPasses; pass++)
            {
                foreach (var state in sample)
                {
                    sink += (ulong)StateInvariants.Check(state).Count;
                }
            }
        });
        GC.KeepAlive(sink);
        var changed = edges.Count(edge => !ReferenceEquals(edge.Before, edge.After)) / (double)Math.Max(1, edges.Count);
        return new StepCost(sample.Count, edges.Count, step, fingerprint, transition, invariants, changed);
    }

    /// <summary>
    /// CPU nanoseconds per call of <paramref name="calls"/> calls made by <paramref name="pass"/>, after an
    /// untimed run, over as many runs as take <see cref="MinimumCpu"/> of CPU. CPU time rather than wall
    /// time: on a machine shared with other work a thread waits for a core, and that wait is no cost of
    /// the piece. The process's CPU time counts its other threads too (the GC's, which is fair: collecting
    /// what a piece allocates is part of its cost).
    /// </summary>
    private static double PerCall(int calls, Action pass)
    {
        pass();
        var start = Environment.CpuUsage.TotalTime;
        var runs = 0;
        TimeSpan spent;
        do
        {
            pass();
            runs++;
            spent = Environment.CpuUsage.TotalTime - start;
        }
        while (spent < MinimumCpu);

        return spent.TotalNanoseconds / ((double)runs * calls);
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
