using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VmoKernel.Abi;
using VmoKernel.Model.Invariants;

namespace VmoKernel.Tests.Model.Properties;

/// <summary>
/// FsCheck properties over generated call sequences: every invariant holds after every step
/// (INV-*), every failed call leaves the state unchanged (INV-STATE-01), and the model is
/// deterministic (INV-STATE-02). Classifications show the edge cases are generated.
/// </summary>
[Properties(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 200, EndSize = 30)]
public sealed class ModelProperties
{
    [Property]
    [Trait("spec", "INV-STATE-05")]
    public Property EveryInvariantHoldsAfterEveryStep(CallScript script)
    {
        var steps = ScriptRun.Run(script);
        var violations = steps
            .SelectMany((s, i) => StateInvariants.Check(s.After).Concat(Transitions.Check(s.Before, s.Process, s.Call, s.Result, s.After))
                .Select(v => $"step {i} {s.Call} => {s.Result}: {v}"))
            .ToList();
        return Classified(script, steps, violations.Count == 0)
            .Label(string.Join(Environment.NewLine, violations.Take(5)));
    }

    [Property]
    [Trait("spec", "INV-STATE-01")]
    public Property EveryFailedCallLeavesTheStateUnchanged(CallScript script)
    {
        var steps = ScriptRun.Run(script);
        var changed = steps
            .Where(s => !s.Result.Succeeded && !ScriptRun.IsDocumentedException(s))
            .Select(s => (s, StateComparer.Difference(s.Before, s.After)))
            .Where(x => x.Item2 is not null)
            .Select(x => $"INV-STATE-01: {x.s.Call} => {x.s.Result} changed {x.Item2}")
            .ToList();
        return Classified(script, steps, changed.Count == 0)
            .Classify(steps.Any(s => !s.Result.Succeeded), "some call failed")
            .Label(string.Join(Environment.NewLine, changed.Take(5)));
    }

    [Property(MaxTest = 100)]
    [Trait("spec", "INV-STATE-02")]
    public Property TheSameCallsGiveTheSameResultsAndStates(CallScript script)
    {
        var first = ScriptRun.Run(script);
        var second = ScriptRun.Run(script);
        var differences = first.Zip(second)
            .Select((pair, i) => pair.First.Result != pair.Second.Result ? $"step {i}: {pair.First.Result} vs {pair.Second.Result}"
                : StateComparer.Difference(pair.First.After, pair.Second.After) is { } d ? $"step {i}: {d}"
                : null)
            .OfType<string>()
            .ToList();
        return (differences.Count == 0)
            .Label($"INV-STATE-02: {string.Join("; ", differences.Take(3))}")
            .Classify(first.Count > 10, "more than 10 calls");
    }

    private static Property Classified(CallScript script, IReadOnlyList<ScriptStep> steps, bool holds) =>
        holds.ToProperty()
            .Classify(script.Calls.Any(ScriptRun.NearTop), "offsets near 2^64")
            .Classify(steps.Any(ScriptRun.HasPins), "pinned pages")
            .Classify(steps.Any(ScriptRun.HasDiscarded), "discarded VMO")
            .Classify(steps.Any(s => s.Result.Status == Status.ZxErrBadHandle), "bogus handle")
            .Classify(steps.Any(s => s.Call is VmoTransferData && s.Result.Succeeded), "transfer moved pages")
            .Classify(steps.Any(s => s.Result.Status == Status.ZxErrNoMemory), "NO_MEMORY");
}
