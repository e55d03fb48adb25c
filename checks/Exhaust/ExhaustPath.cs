using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;

namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// Turns a violation found by <see cref="BreadthFirstSearch"/> back into concrete calls: walks the stored
/// edges from the violation to the initial state, then replays the move indices from the initial state
/// with the pure model. Each replayed state must have the fingerprint the search stored for it; a
/// mismatch would mean the symmetry reduction merged states that move differently, and is an internal
/// error rather than a silently wrong path.
/// </summary>
public static class ExhaustPath
{
    /// <summary>The calls from the initial state to the violating step, and the violations the last step shows on replay.</summary>
    public static (IReadOnlyList<PathStep> Steps, IReadOnlyList<InvariantViolation> Broken) Replay(
        ExhaustConfig config, KernelState initial, FingerprintSet seen, ExhaustViolation violation)
    {
        var moves = new List<int>();
        var fingerprints = new List<ulong>();
        for (var at = violation.Parent; ;)
        {
            fingerprints.Add(at);
            var edge = seen.ParentOf(at);
            if (edge.Move < 0)
            {
                break;
            }

            moves.Add(edge.Move);
            at = edge.Parent;
        }

        moves.Reverse();
        fingerprints.Reverse();
        if (violation.Move >= 0)
        {
            moves.Add(violation.Move);
        }

        var generator = new MoveGenerator(config.Domains);
        var options = new List<Move>();
        var steps = new List<PathStep>();
        var state = initial;
        IReadOnlyList<InvariantViolation> broken = StateInvariants.Check(state);
        for (var i = 0; i < moves.Count; i++)
        {
            if (i < fingerprints.Count && StateFingerprint.Symmetric(state) != fingerprints[i])
            {
                throw new InvalidOperationException($"replaying the path, state {i} does not have the fingerprint the search stored for it");
            }

            generator.Generate(state, options);
            var move = options[moves[i]];
            var (after, result) = Model.Kernel.Step(state, move.Process, move.Call);
            steps.Add(new PathStep(move.Process, move.Call, result));
            broken = [.. Transitions.Check(state, move.Process, move.Call, result, after), .. StateInvariants.Check(after)];
            state = after;
        }

        return (steps, broken);
    }
}
