using System.Collections.Concurrent;
using System.Diagnostics;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;

namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// Breadth-first search of the model's state graph, level by level on every core: each thread takes
/// chunks of the current level, runs every move of the configuration on each state with the pure
/// <see cref="Model.Kernel.Step"/>, checks the transition invariants on every edge and the state invariants
/// on every new distinct state, and keeps the new states for the next level. Because levels are
/// expanded whole, the first level with a violation holds the shortest counterexamples; the search
/// stops at the end of that level. States outside <see cref="StateBounds"/> are checked, not expanded.
/// Without <c>symmetry</c> states are told apart as stored (<see cref="StateFingerprint.Raw"/>), to
/// measure what the reduction saves.
/// </summary>
public sealed class BreadthFirstSearch(ExhaustConfig config, ExhaustLimits limits, bool symmetry = true)
{
    private const int ChunkSize = 32;

    private readonly MoveGenerator _moves = new(config.Domains);
    private readonly StateBounds _bounds = config.Bounds;
    private readonly Func<KernelState, ulong> _fingerprint = symmetry ? StateFingerprint.Symmetric : StateFingerprint.Raw;
    private long _generated;
    private long _queue;
    private int _depth;

    /// <summary>The states stored so far with the edge that first reached each (read it after <see cref="Run"/> for paths).</summary>
    public FingerprintSet Seen { get; } = new();

    /// <summary>Called after each level is expanded, with the counters at that moment (from the searching thread).</summary>
    public Action<ExhaustProgress>? LevelDone { get; init; }

    /// <summary>A reading of the counters, safe to take from another thread while the search runs.</summary>
    public ExhaustProgress Progress(TimeSpan elapsed) =>
        new(Volatile.Read(ref _depth), Interlocked.Read(ref _generated), Seen.Count, Interlocked.Read(ref _queue), Interlocked.Read(ref _generated) / Math.Max(elapsed.TotalSeconds, 1e-9));

    public ExhaustOutcome Run(KernelState initial)
    {
        var clock = Stopwatch.StartNew();
        var root = _fingerprint(initial);
        Seen.TryAdd(root, new FingerprintSet.Edge(root, -1));
        if (StateInvariants.Check(initial) is [var broken, ..])
        {
            return Outcome(false, "violation", 0, clock, new ExhaustViolation(broken.Id, broken.Message, root, -1, 0));
        }

        var level = new List<Node> { new(initial, root) };
        var deadline = limits.Time is { } budget ? budget : TimeSpan.MaxValue;
        for (var depth = 0; ; depth++)
        {
            Volatile.Write(ref _depth, depth);
            Interlocked.Exchange(ref _queue, level.Count);
            if (level.Count == 0)
            {
                return Outcome(true, "exhausted", depth, clock, null);
            }

            if (limits.MaxDepth is { } maxDepth && depth >= maxDepth)
            {
                return Outcome(false, $"max depth {maxDepth}", depth, clock, null);
            }

            var (next, violations, cut) = Expand(level, depth, clock, deadline);
            if (!violations.IsEmpty)
            {
                var first = violations.OrderBy(v => v.Order).First().Violation;
                return Outcome(false, "violation", depth + 1, clock, first);
            }

            if (cut is not null)
            {
                return Outcome(false, cut, depth, clock, null);
            }

            level = next;
            LevelDone?.Invoke(Progress(clock.Elapsed) with { Depth = depth + 1, Queue = next.Count });
        }
    }

    private (List<Node> Next, ConcurrentBag<(long Order, ExhaustViolation Violation)> Violations, string? Cut) Expand(
        List<Node> level, int depth, Stopwatch clock, TimeSpan deadline)
    {
        var next = new ConcurrentBag<List<Node>>();
        var violations = new ConcurrentBag<(long, ExhaustViolation)>();
        string? cut = null;
        var chunks = (level.Count + ChunkSize - 1) / ChunkSize;
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = limits.WorkerCount },
            () => new Worker(_moves),
            (chunk, loop, worker) =>
            {
                if (clock.Elapsed > deadline || (limits.MaxStates is { } max && Seen.Count >= max))
                {
                    cut = clock.Elapsed > deadline ? $"time budget {deadline.TotalSeconds:0}s" : $"max states {limits.MaxStates}";
                    loop.Stop();
                    return worker;
                }

                var end = Math.Min(level.Count, (chunk + 1) * ChunkSize);
                for (var i = chunk * ChunkSize; i < end; i++)
                {
                    worker.Expand(this, level[i], (long)i, depth, violations);
                }

                Interlocked.Add(ref _queue, -(end - (chunk * ChunkSize)));
                return worker;
            },
            worker => next.Add(worker.Found));
        return ([.. next.SelectMany(found => found)], violations, cut);
    }

    private ExhaustOutcome Outcome(bool exhausted, string stop, int depth, Stopwatch clock, ExhaustViolation? violation) =>
        new(exhausted, stop, depth, Interlocked.Read(ref _generated), Seen.Count, clock.Elapsed, violation);

    private readonly record struct Node(KernelState State, ulong Fingerprint);

    /// <summary>One thread's scratch: its move list and the new states it found on this level.</summary>
    private sealed class Worker(MoveGenerator generator)
    {
        private readonly List<Move> _moves = [];

        public List<Node> Found { get; } = [];

        public void Expand(BreadthFirstSearch search, Node node, long position, int depth, ConcurrentBag<(long, ExhaustViolation)> violations)
        {
            if (!search._bounds.Admits(node.State))
            {
                return;
            }

            generator.Generate(node.State, _moves);
            Interlocked.Add(ref search._generated, _moves.Count);
            for (var m = 0; m < _moves.Count; m++)
            {
                var violation = Step(search, node, m, depth);
                if (violation is not null)
                {
                    violations.Add(((position << 20) | (long)m, violation));
                }
            }
        }

        private ExhaustViolation? Step(BreadthFirstSearch search, Node node, int m, int depth)
        {
            var move = _moves[m];
            KernelState after;
            try
            {
                (after, var result) = Model.Kernel.Step(node.State, move.Process, move.Call);
                if (Transitions.Check(node.State, move.Process, move.Call, result, after) is [var broken, ..])
                {
                    return new ExhaustViolation(broken.Id, broken.Message, node.Fingerprint, m, depth + 1);
                }
            }
            catch (Exception e)
            {
                return new ExhaustViolation("exception", $"the model threw {e.GetType().Name} on {move.Call}: {e.Message.Split('\n')[0]}", node.Fingerprint, m, depth + 1);
            }

            if (ReferenceEquals(after, node.State))
            {
                // A call that changed nothing (every failed call, and some successful ones) leads back to
                // this state, which is stored already: its transition invariants ran above, and there is
                // nothing new to fingerprint or check.
                return null;
            }

            var fingerprint = search._fingerprint(after);
            if (!search.Seen.TryAdd(fingerprint, new FingerprintSet.Edge(node.Fingerprint, m)))
            {
                return null;
            }

            if (StateInvariants.Check(after) is [var wrong, ..])
            {
                return new ExhaustViolation(wrong.Id, wrong.Message, node.Fingerprint, m, depth + 1);
            }

            Found.Add(new Node(after, fingerprint));
            return null;
        }
    }
}
