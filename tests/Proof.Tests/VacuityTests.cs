using VmoKernel.Checks.Proofs;

namespace VmoKernel.Tests.Proof;

/// <summary>
/// A proof is only worth something if its premise Inv ∧ Step has a state: an obligation whose premise
/// is contradictory would be UNSAT for any post-condition. The runner must not call it proved.
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
