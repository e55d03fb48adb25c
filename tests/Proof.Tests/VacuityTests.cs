using VmoKernel.Checks.Proofs;

namespace VmoKernel.Tests.Proof;

/// <summary>
/// A proof is only worth something if its whole hypothesis (Inv ∧ Step and the obligation's own
/// conditions, such as "status = OK") has a state: an obligation whose hypothesis is contradictory would
/// be UNSAT for any post-condition. The runner must not call it proved.
/// </summary>
public sealed class VacuityTests
{
    [Fact]
    public void AnObligationWhosePremiseNoStateSatisfiesIsNotProved()
    {
        var contradictory = new Obligation("INV-TEST-01", "contradiction", "Inv ∧ A alive ∧ A dead ⇒ anything", (t, _) =>
        {
            var s = SymbolicKernel.Fresh(t, "s");
            var premise = t.Ctx.MkAnd(KernelInvariants.Holds(t, s), s.A.Alive, t.Ctx.MkNot(s.A.Alive));
            return new ObligationQuery(premise, t.Ctx.MkTrue(), s, s, "nothing", [], null, [], []);
        });
        var result = ProofRunner.Prove(contradictory);
        Assert.Equal(ProofVerdict.Unknown, result.Verdict);
        Assert.Contains("vacuous", result.Detail);
    }

    [Fact]
    public void AnObligationWhoseOwnConditionsNoStateSatisfiesIsNotProved()
    {
        // The premise is `true`, as in the range proofs; the contradiction sits in the violation's
        // hypothesis (x < 1 ∧ x > 2), which a check of the premise alone never sees.
        var contradictory = new Obligation("INV-TEST-01", "hypothesis contradiction", "x < 1 ∧ x > 2 ⇒ anything", (t, _) =>
        {
            var x = t.Word64("x");
            var hypothesis = t.Ctx.MkAnd(t.Ctx.MkBVULT(x, t.U64(1)), t.Ctx.MkBVUGT(x, t.U64(2)));
            return new ObligationQuery(t.Ctx.MkTrue(), hypothesis, null, null, "nothing", [], null, [], []) { Hypothesis = hypothesis };
        });
        var result = ProofRunner.Prove(contradictory);
        Assert.Equal(ProofVerdict.Unknown, result.Verdict);
        Assert.Contains("vacuous", result.Detail);
    }

    [Theory]
    [InlineData("range_check")]
    [InlineData("page_rounding")]
    [InlineData("read_after_discard")]
    public void ObligationsWithConditionsBeyondInvAndStepStateThemAsTheirHypothesis(string transition)
    {
        Z3Library.EnsureLoaded();
        using var ctx = new Microsoft.Z3.Context();
        foreach (var obligation in ObligationCatalog.All.Where(o => o.Transition == transition))
        {
            var query = obligation.Build(new Terms(ctx, ProofRunner.SearchBound), Mutant.None);
            Assert.NotNull(query.Hypothesis);
            Assert.False(query.Hypothesis.IsTrue, obligation.Name);
        }
    }

    [Fact]
    public void TheSameObligationWithASatisfiablePremiseIsProved()
    {
        var sound = new Obligation("INV-TEST-01", "tautology", "Inv ∧ A alive ⇒ A alive", (t, _) =>
        {
            var s = SymbolicKernel.Fresh(t, "s");
            var premise = t.Ctx.MkAnd(KernelInvariants.Holds(t, s), s.A.Alive);
            return new ObligationQuery(premise, t.Ctx.MkNot(s.A.Alive), s, s, "nothing", [], null, [], []);
        });
        Assert.Equal(ProofVerdict.Proved, ProofRunner.Prove(sound).Verdict);
    }
}
