using System.CommandLine;
using VmoKernel.Checks.Cli;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// <c>checks prove [--invariant ID] [--mutant NAME] [--list-mutants]</c> (issue 6's CLI contract):
/// one line per obligation, <c>NAME: proved (T s)</c>, <c>NAME: counterexample (T s)</c> followed by
/// the model printed as a kernel state and call, or <c>NAME: unknown (reason) (T s)</c>; then
/// <c>N proved, M failed</c>. Exit 0 when all are proved, 1 otherwise, 2 for an unknown ID or mutant
/// or when the native solver cannot load. With <c>--mutant</c> the mutant's refuting obligations run
/// against the mutated transitions, and each is expected to fail.
/// </summary>
public sealed class ProveVerb : IVerb
{
    public Command Build()
    {
        var invariant = new Option<string?>("--invariant") { Description = "prove only the obligations of this invariant ID (e.g. INV-PIN-01)" };
        var mutant = new Option<string?>("--mutant") { Description = "run against a mutated model (see --list-mutants); a counterexample is expected" };
        var listMutants = new Option<bool>("--list-mutants") { Description = "list the mutants, one per line, name first" };
        var timeout = new Option<uint>("--timeout-ms") { Description = "solver timeout per obligation", DefaultValueFactory = _ => ProofRunner.DefaultTimeoutMs };
        var command = new Command("prove", "prove the invariants inductive over the model's transitions with Z3");
        command.Options.Add(invariant);
        command.Options.Add(mutant);
        command.Options.Add(listMutants);
        command.Options.Add(timeout);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(listMutants))
            {
                foreach (var m in MutantCatalog.All)
                {
                    output.WriteLine($"{m.Name}  {m.Bug} (refuted by {string.Join(", ", m.RefutedBy)})");
                }

                return ExitCode.Ok;
            }

            return Prove(parse.GetValue(invariant), parse.GetValue(mutant), parse.GetValue(timeout), output);
        });
        return command;
    }

    private static int Prove(string? invariant, string? mutantName, uint timeoutMs, TextWriter output)
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
