using System.Diagnostics;
using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// Proves obligations the Z3 way: assert the negation; UNSAT = proved, SAT = counterexample (the
/// model printed as a kernel state), UNKNOWN = a distinct failure with the solver's reason. Each
/// obligation gets its own <see cref="Context"/> (so they are independent and can run in parallel)
/// and a timeout.
/// </summary>
public static class ProofRunner
{
    public const uint DefaultTimeoutMs = 20_000;

    /// <summary>Pages per VMO in the concrete-shaped counterexample search.</summary>
    public const int SearchBound = 3;

    /// <summary>
    /// Proves the unbounded formula (UNSAT is the proof) and, if that is not conclusive, searches
    /// concrete-shaped states: quantifier-free, so a SAT answer comes fast and is a real counterexample
    /// (those states satisfy the unbounded formula too). A mutant is expected to fail, so its search runs
    /// first. UNKNOWN only when neither settles it.
    /// </summary>
    public static ProofResult Prove(Obligation obligation, Mutant mutant = Mutant.None, uint timeoutMs = DefaultTimeoutMs)
    {
        Z3Library.EnsureLoaded();
        var clock = Stopwatch.StartNew();
        var searchFirst = mutant != Mutant.None;
        if (searchFirst && Check(obligation, mutant, SearchBound, timeoutMs / 2) is (Status.SATISFIABLE, var found, _))
        {
            return new ProofResult(obligation, mutant, ProofVerdict.Counterexample, clock.Elapsed, found);
        }

        var (status, text, reason) = Check(obligation, mutant, null, timeoutMs);
        if (status == Status.UNKNOWN && !searchFirst && Check(obligation, mutant, SearchBound, timeoutMs / 2) is (Status.SATISFIABLE, var late, _))
        {
            return new ProofResult(obligation, mutant, ProofVerdict.Counterexample, clock.Elapsed, late);
        }

        return status switch
        {
            Status.UNSATISFIABLE => new ProofResult(obligation, mutant, ProofVerdict.Proved, clock.Elapsed, ""),
            Status.SATISFIABLE => new ProofResult(obligation, mutant, ProofVerdict.Counterexample, clock.Elapsed, text),
            _ => new ProofResult(obligation, mutant, ProofVerdict.Unknown, clock.Elapsed, reason),
        };
    }

    private static (Status Status, string Counterexample, string Reason) Check(Obligation obligation, Mutant mutant, int? bound, uint timeoutMs)
    {
        using var ctx = new Context(new Dictionary<string, string> { ["model"] = "true" });
        var t = new Terms(ctx, bound);
        var query = obligation.Build(t, mutant);
        using var solver = ctx.MkSolver();
        using var parameters = ctx.MkParams();
        parameters.Add("timeout", timeoutMs);
        solver.Parameters = parameters;
        solver.Assert(query.Negation);
        var status = solver.Check();
        return status switch
        {
            Status.SATISFIABLE => (status, CounterexampleWriter.Write(solver.Model, t, query), ""),
            Status.UNKNOWN => (status, "", solver.ReasonUnknown),
            _ => (status, "", ""),
        };
    }

    /// <summary>Proves each obligation, two at a time (the machine has two cores), in the given order.</summary>
    public static IReadOnlyList<ProofResult> ProveAll(IReadOnlyList<Obligation> obligations, Mutant mutant, uint timeoutMs = DefaultTimeoutMs)
    {
        var results = new ProofResult[obligations.Count];
        Parallel.For(0, obligations.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => results[i] = Prove(obligations[i], mutant, timeoutMs));
        return results;
    }
}
