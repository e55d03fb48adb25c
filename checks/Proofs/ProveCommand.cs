using VmoKernel.Checks.Cli;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// What <c>checks prove</c> does once its arguments are parsed: one line per obligation,
/// <c>NAME: proved (T s)</c>, <c>NAME: counterexample (T s)</c> followed by the model printed as a kernel
/// state and call, or <c>NAME: unknown (reason) (T s)</c>; then <c>N proved, M failed</c>. Returns an
/// <see cref="ExitCode"/>; an unknown ID or mutant, or a solver that cannot load, is an <see cref="InputException"/>.
/// </summary>
public static class ProveCommand
{
    /// <summary>Prints every mutant, one per line, name first.</summary>
    public static int ListMutants(TextWriter output)
    {
        foreach (var m in MutantCatalog.All)
        {
            output.WriteLine($"{m.Name}  {m.Bug} (refuted by {string.Join(", ", m.RefutedBy)})");
        }

        return ExitCode.Ok;
    }

    /// <summary>Proves the obligations of <paramref name="invariant"/> (all when null), against <paramref name="mutantName"/>'s transitions when given.</summary>
    public static int Prove(string? invariant, string? mutantName, uint timeoutMs, TextWriter output)
    {
        var mutant = Mutant.None;
        var obligations = ObligationCatalog.Select(invariant);
        if (invariant is not null && obligations.IsEmpty)
        {
            throw new InputException($"unknown invariant ID '{invariant}' (no obligation proves it)");
        }

        if (mutantName is not null)
        {
            var info = MutantCatalog.Find(mutantName) ?? throw new InputException($"unknown mutant '{mutantName}' (see checks prove --list-mutants)");
            mutant = info.Mutant;
            if (invariant is null)
            {
                obligations = [.. obligations.Where(o => info.RefutedBy.Contains(o.Name))];
            }
        }

        try
        {
            Z3Library.EnsureLoaded();
        }
        catch (SolverUnavailableException e)
        {
            throw new InputException(e.Message);
        }

        var results = ProofRunner.ProveAll(obligations, mutant, timeoutMs);
        foreach (var result in results)
        {
            output.WriteLine($"{result.Obligation.Name}: {VerdictText(result)} ({result.Elapsed.TotalSeconds:0.00} s)");
            if (result.Verdict == ProofVerdict.Counterexample)
            {
                foreach (var line in result.Detail.Split('\n'))
                {
                    output.WriteLine($"    {line.TrimEnd()}");
                }
            }
        }

        var proved = results.Count(r => r.Proved);
        var slowest = results.MaxBy(r => r.Elapsed);
        if (slowest is not null)
        {
            output.WriteLine($"total {results.Sum(r => r.Elapsed.TotalSeconds):0.00} s solver time; slowest {slowest.Obligation.Name} ({slowest.Elapsed.TotalSeconds:0.00} s)");
        }

        output.WriteLine($"{proved} proved, {results.Count - proved} failed");
        return proved == results.Count ? ExitCode.Ok : ExitCode.Failed;
    }

    private static string VerdictText(ProofResult result) => result.Verdict switch
    {
        ProofVerdict.Proved => "proved",
        ProofVerdict.Counterexample => "counterexample",
        _ => $"unknown ({result.Detail})",
    };
}
