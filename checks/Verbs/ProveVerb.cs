using System.CommandLine;
using VmoKernel.Checks.Proofs;

namespace VmoKernel.Checks.Verbs;

/// <summary>
/// <c>checks prove [--invariant ID] [--mutant NAME] [--list-mutants] [--timeout-ms N]</c> (the verb's CLI
/// contract, carried out by <see cref="ProveCommand"/>). Exit 0 when all are proved, 1 otherwise, 2 for
/// an unknown ID or mutant or when the native solver cannot load. With <c>--mutant</c> the mutant's
/// refuting obligations run against the mutated transitions, and each is expected to fail.
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
        command.SetAction(parse => parse.GetValue(listMutants)
            ? ProveCommand.ListMutants(parse.InvocationConfiguration.Output)
            : ProveCommand.Prove(parse.GetValue(invariant), parse.GetValue(mutant), parse.GetValue(timeout), parse.InvocationConfiguration.Output));
        return command;
    }
}
