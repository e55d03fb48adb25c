namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// The verdicts of the last run, read by <see cref="RunResultsReader"/>, and the verdict each kind of
/// check gets from them: tests by their method (every case of a theory), scenarios by their conformance
/// case, harnesses and monitors by the clean exploration runs, seeded bugs by the run that hunts them
/// (found with the right ID is a pass: the twin was caught), obligations by the prove output, mutants by
/// their <c>prove --mutant</c> output (refuted is a pass).
/// </summary>
public sealed class RunResults
{
    /// <summary>Passed or not, per case, by the test method's full name without arguments.</summary>
    public Dictionary<string, List<bool>> Tests { get; } = [];

    /// <summary>
    /// Conformance cases: file, scenario name and whether it passed. xunit cuts a long argument to its
    /// first 50 characters (<see cref="ScenarioCase.Cut"/>), so such a name is a prefix.
    /// </summary>
    public List<ScenarioCase> Scenarios { get; } = [];

    /// <summary>Exploration runs by case name (<c>Harness</c> or <c>Harness [SeededBug]</c>): the spec ID of the bug found, or null when clean.</summary>
    public Dictionary<string, string?> Explorations { get; } = [];

    /// <summary>Prove output by obligation name: <c>proved</c>, <c>counterexample</c> or <c>unknown (reason)</c>, and the seconds.</summary>
    public Dictionary<string, (string Verdict, string Seconds)> Proofs { get; } = [];

    /// <summary>Mutants by name: refuted (every refuting obligation found a counterexample) or not.</summary>
    public Dictionary<string, bool> Mutants { get; } = [];

    /// <summary>The files read, relative to the results folder.</summary>
    public List<string> Files { get; } = [];

    public CheckVerdict VerdictFor(Citation check, string? obligation) => check.Kind switch
    {
        CheckKind.Scenario => Scenario(check.Name),
        CheckKind.CoyoteTest when check.Reference is null => Harness(check.Name),
        CheckKind.Monitor => Monitor(check.Id),
        CheckKind.SeededBug => SeededBug(check.Name, check.Id),
        CheckKind.Proof => obligation is not null && Proofs.TryGetValue(obligation, out var proof) ? Proof(proof.Verdict, proof.Seconds) : CheckVerdict.NotRun,
        CheckKind.Mutant => Mutants.TryGetValue(check.Name, out var refuted)
            ? new(refuted ? VerdictOutcome.Pass : VerdictOutcome.Fail, refuted ? "refuted" : "survived")
            : CheckVerdict.NotRun,
        CheckKind.Predicate => new(VerdictOutcome.NotRun, "runs inside the tests"),
        _ => check.Reference is { } reference && Tests.TryGetValue(reference["test:".Length..], out var cases) ? Test(cases) : CheckVerdict.NotRun,
    };

    private CheckVerdict Scenario(string name)
    {
        var split = name.IndexOf('#', StringComparison.Ordinal);
        var file = $"scenarios/{name[..split]}";
        var scenario = name[(split + 1)..];
        var cases = Scenarios.Where(c => c.File == file && (c.Name == scenario || (c.Cut && scenario.StartsWith(c.Name, StringComparison.Ordinal)))).ToList();
        var exact = cases.Where(c => !c.Cut).ToList();
        cases = exact.Count > 0 ? exact : cases;
        return cases.Count == 0 ? CheckVerdict.NotRun
            : cases.All(c => c.Passed) ? new(VerdictOutcome.Pass, "passed")
            : cases.Count == 1 ? new(VerdictOutcome.Fail, "failed")
            : new(VerdictOutcome.Unknown, "a scenario with the same first 50 characters failed");
    }

    private static CheckVerdict Test(List<bool> cases)
    {
        var failed = cases.Count(c => !c);
        return failed > 0
            ? new(VerdictOutcome.Fail, cases.Count == 1 ? "failed" : $"{failed} of {cases.Count} cases failed")
            : new(VerdictOutcome.Pass, cases.Count == 1 ? "passed" : $"{cases.Count} cases passed");
    }

    private CheckVerdict Harness(string name) => Explorations.TryGetValue(name, out var bug)
        ? bug is null ? new(VerdictOutcome.Pass, "clean") : new(VerdictOutcome.Fail, $"bug: {bug}")
        : CheckVerdict.NotRun;

    private CheckVerdict Monitor(string id)
    {
        var clean = Explorations.Where(e => !e.Key.Contains(" [", StringComparison.Ordinal)).ToList();
        if (clean.Count == 0)
        {
            return CheckVerdict.NotRun;
        }

        var fired = clean.Where(e => e.Value == id).Select(e => e.Key).ToList();
        return fired.Count > 0
            ? new(VerdictOutcome.Fail, $"fired in {string.Join(", ", fired)}")
            : new(VerdictOutcome.Pass, $"silent in {clean.Count} runs");
    }

    private CheckVerdict SeededBug(string name, string id)
    {
        var runs = Explorations.Where(e => e.Key.EndsWith($"[{name}]", StringComparison.Ordinal)).Select(e => e.Value).ToList();
        if (runs.Count == 0)
        {
            return CheckVerdict.NotRun;
        }

        return runs.All(r => r == id) ? new(VerdictOutcome.Pass, $"found ({id})")
            : runs.Any(r => r is null) ? new(VerdictOutcome.Fail, "not found")
            : new(VerdictOutcome.Fail, $"found as {runs.First(r => r != id)}");
    }

    private static CheckVerdict Proof(string verdict, string seconds) => verdict switch
    {
        "proved" => new(VerdictOutcome.Pass, $"proved ({seconds} s)"),
        "counterexample" => new(VerdictOutcome.Fail, $"counterexample ({seconds} s)"),
        _ => new(VerdictOutcome.Unknown, $"{verdict} ({seconds} s)"),
    };
}
