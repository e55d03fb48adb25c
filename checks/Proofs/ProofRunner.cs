using System.Diagnostics;
using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// Proves obligations the Z3 way: assert the negation; UNSAT = proved, SAT = counterexample (the
/// model printed as a kernel state), UNKNOWN = a distinct failure with the solver's reason, and a
/// proof whose whole hypothesis (Inv ∧ Step ∧ the implication's own conditions) no state satisfies is
/// UNKNOWN too (vacuous), never "proved". Each
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
        if (searchFirst && Search(obligation, mutant, timeoutMs) is { } found)
        {
            return new ProofResult(obligation, mutant, ProofVerdict.Counterexample, clock.Elapsed, found);
        }

        var (status, text, reason) = Check(obligation, mutant, null, timeoutMs);
        if (status == Status.UNKNOWN && !searchFirst && Search(obligation, mutant, timeoutMs) is { } late)
        {
            return new ProofResult(obligation, mutant, ProofVerdict.Counterexample, clock.Elapsed, late);
        }

        if (status == Status.UNSATISFIABLE && PremiseStatus(obligation, mutant, timeoutMs) is var premise and not Status.SATISFIABLE)
        {
            var why = premise == Status.UNSATISFIABLE
                ? "vacuous: no state satisfies its hypothesis (Inv ∧ Step ∧ the obligation's conditions), so the proof says nothing"
                : "no state satisfying its hypothesis (Inv ∧ Step ∧ the obligation's conditions) was found in time, so the proof may be vacuous";
            return new ProofResult(obligation, mutant, ProofVerdict.Unknown, clock.Elapsed, why);
        }

        return status switch
        {
            Status.UNSATISFIABLE => new ProofResult(obligation, mutant, ProofVerdict.Proved, clock.Elapsed, ""),
            Status.SATISFIABLE => new ProofResult(obligation, mutant, ProofVerdict.Counterexample, clock.Elapsed, text),
            _ => new ProofResult(obligation, mutant, ProofVerdict.Unknown, clock.Elapsed, reason),
        };
    }

    /// <summary>
    /// A concrete-shaped counterexample, preferring a small one a person can read (sizes, counts,
    /// frames and call arguments small), else any; null if none is found in time.
    /// </summary>
    private static string? Search(Obligation obligation, Mutant mutant, uint timeoutMs) =>
        Check(obligation, mutant, SearchBound, timeoutMs / 4, small: true) is (Status.SATISFIABLE, var small, _) ? small
        : Check(obligation, mutant, SearchBound, timeoutMs / 2) is (Status.SATISFIABLE, var any, _) ? any
        : null;

    /// <summary>
    /// Whether some concrete-shaped state satisfies the whole hypothesis Inv(s) ∧ Step(s, call, s') ∧ the
    /// obligation's own conditions (quantifier-free, so the answer is quick). A proof whose hypothesis no
    /// state satisfies would hold of any post-condition.
    /// </summary>
    private static Status PremiseStatus(Obligation obligation, Mutant mutant, uint timeoutMs)
    {
        using var ctx = new Context();
        var query = obligation.Build(new Terms(ctx, SearchBound), mutant);
        var hypothesis = query.WholeHypothesis(ctx);
        if (hypothesis.IsTrue)
        {
            return Status.SATISFIABLE;
        }

        using var solver = ctx.MkSolver();
        using var parameters = ctx.MkParams();
        // The whole time budget: a hypothesis with the obligation's own conditions (a snapshot child, a
        // pinned page) can take as long to satisfy as the proof takes to refute, more so on a loaded machine.
        parameters.Add("timeout", timeoutMs);
        solver.Parameters = parameters;
        solver.Assert(hypothesis);
        return solver.Check();
    }

    private static BoolExpr Small(Terms t, ObligationQuery query)
    {
        var ctx = t.Ctx;
        var limits = new List<BoolExpr>();
        foreach (var v in query.Before?.Vmos ?? [])
        {
            limits.Add(ctx.MkBVULE(v.Size, t.U64(16 * 4096)));
            limits.Add(ctx.MkBVULE(v.Children, t.U64(2)));
            limits.Add(ctx.MkBVULE(v.LockCount, t.U64(3)));
            limits.Add(ctx.MkBVULE(v.ChangeEvents, t.U64(3)));
            limits.Add(ctx.MkBVULE(v.Mappings, t.U64(1)));
            limits.Add(ctx.MkImplies(v.Alive, ctx.MkAnd(ctx.MkBVUGE(v.Handles, t.U64(1)), ctx.MkBVULE(v.Handles, t.U64(3)))));
            limits.AddRange(v.PageSupport.Select(p => ctx.MkBVULT(v.FrameAt(t, p), ctx.MkBV(64, 32))));
            limits.AddRange(v.PageSupport.Select(p => ctx.MkBVULT(t.SelectBv(v.Data, p), ctx.MkBV(8, 32))));
        }

        foreach (var term in query.Arguments.SelectMany(a => a.Terms).OfType<BitVecExpr>().Where(e => e.SortSize == 64))
        {
            limits.Add(ctx.MkBVULE(term, t.U64(64 * 4096)));
        }

        return ctx.MkAnd(limits);
    }

    private static (Status Status, string Counterexample, string Reason) Check(Obligation obligation, Mutant mutant, int? bound, uint timeoutMs, bool small = false)
    {
        using var ctx = new Context(new Dictionary<string, string> { ["model"] = "true" });
        var t = new Terms(ctx, bound);
        var query = obligation.Build(t, mutant);
        using var solver = ctx.MkSolver();
        using var parameters = ctx.MkParams();
        parameters.Add("timeout", timeoutMs);
        solver.Parameters = parameters;
        solver.Assert(query.Negation(ctx));
        if (small)
        {
            solver.Assert(Small(t, query));
        }

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
