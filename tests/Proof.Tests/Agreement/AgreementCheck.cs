using Microsoft.Z3;
using VmoKernel.Abi;
using VmoKernel.Checks.Proofs;
using VmoKernel.Model.State;
using Status = VmoKernel.Abi.Status;
using Step = VmoKernel.Model.Kernel;

namespace VmoKernel.Tests.Proof.Agreement;

/// <summary>
/// Evaluates the symbolic encoding of one call on a concrete state and compares it with the model's
/// <c>Kernel.Step</c>: (1) the concrete state satisfies the encoding's Inv; (2) the model's outcome
/// (status, every compared page's commit state, contents and frame, the VMO scalars, frame ownership)
/// is one the encoding allows (SAT); (3) the encoding allows no other status, commit state, contents or
/// scalar (UNSAT of any disagreement). The only choices left to the encoding are fresh frame numbers
/// and, for NO_MEMORY, how many pages moved (fixed here to the model's count).
/// </summary>
public static class AgreementCheck
{
    public const int Bound = 8;

    public sealed record Verdict(bool Applicable, string Kind, string? Failure);

    public static Verdict Run(ConcreteCase c, Mutant mutant = Mutant.None)
    {
        Z3Library.EnsureLoaded();
        var (after, result) = Step.Step(c.State, KernelState.InitialProcessKoid, c.Call);
        using var ctx = new Context(new Dictionary<string, string> { ["model"] = "true" });
        var t = new Terms(ctx, Bound);
        var contents = new ContentNames();
        var s = SymbolicKernel.Fresh(t, "s");
        var callFacts = new List<BoolExpr>();
        var encoded = EncodedCall.Of(t, s, contents, c.State, after, result, c.Call, callFacts, mutant);
        if (encoded is not { Binding: { } binding, Step: { } step, Kind: var kind })
        {
            return new Verdict(false, encoded.Kind, null);
        }

        if (binding.Bind(s, c.State) is not { } stateFacts)
        {
            return new Verdict(false, $"{kind} beyond the bound", null);
        }

        var inv = KernelInvariants.Holds(t, s);
        if (Check(ctx, ctx.MkAnd([.. stateFacts, inv])) != Microsoft.Z3.Status.SATISFIABLE)
        {
            var broken = inv.Args.Cast<BoolExpr>().First(part => Check(ctx, ctx.MkAnd([.. stateFacts, part])) != Microsoft.Z3.Status.SATISFIABLE);
            return new Verdict(true, kind, $"the concrete state does not satisfy the encoding's Inv: {Shorten(broken)}");
        }

        var given = ctx.MkAnd([.. stateFacts, .. callFacts, step.Defines, inv]);

        var status = binding.Eq(step.Status, t.StatusOf(result.Status));
        var outcome = binding.Agreement(step.After, c.State, after, withFrames: true).ToList();
        if (Check(ctx, ctx.MkAnd([given, status, .. outcome.Select(f => f.Fact)])) != Microsoft.Z3.Status.SATISFIABLE)
        {
            var refused = outcome.Where(f => Check(ctx, ctx.MkAnd(given, status, f.Fact)) == Microsoft.Z3.Status.UNSATISFIABLE).Select(f => f.What).ToList();
            var where = refused.Count > 0 ? $"; it cannot have {string.Join(", ", refused.Take(6))}" : string.Empty;
            return new Verdict(true, kind, $"the encoding does not allow the model's outcome {StatusNames.Name(result.Status)}{Diagnose(ctx, t, given, step, result.Status)}{where}");
        }

        var compared = binding.Agreement(step.After, c.State, after, withFrames: false).ToList();
        var disagreement = ctx.MkOr([ctx.MkNot(status), .. compared.Select(f => ctx.MkNot(f.Fact))]);
        if (Check(ctx, ctx.MkAnd(given, disagreement)) == Microsoft.Z3.Status.UNSATISFIABLE)
        {
            return new Verdict(true, kind, null);
        }

        if (Alternative(ctx, ctx.MkAnd(given, ctx.MkNot(status)), step) is { } other)
        {
            return new Verdict(true, kind, $"the encoding also allows the status {StatusNames.Name(other)}, the model gives {StatusNames.Name(result.Status)}");
        }

        var loose = compared.Where(f => Check(ctx, ctx.MkAnd(given, ctx.MkNot(f.Fact))) == Microsoft.Z3.Status.SATISFIABLE).Select(f => f.What).ToList();
        return new Verdict(true, kind, loose.Count == 0
            ? "the solver could not show the encoding allows only the model's outcome (unknown)"
            : $"the encoding also allows an outcome the model does not give, where the model has {string.Join(", ", loose.Take(6))}");
    }

    private static Status? Alternative(Context ctx, BoolExpr formula, StepOutcome step)
    {
        using var solver = ctx.MkSolver();
        solver.Assert(formula);
        return solver.Check() == Microsoft.Z3.Status.SATISFIABLE ? (Status)(int)ModelText.Value(solver.Model.Eval(step.Status, true)) : null;
    }

    private static string Shorten(Expr e)
    {
        var text = e.ToString().ReplaceLineEndings(" ");
        return text.Length > 200 ? text[..200] : text;
    }

    private static string Diagnose(Context ctx, Terms t, BoolExpr given, StepOutcome step, Status expected)
    {
        using var solver = ctx.MkSolver();
        solver.Assert(given);
        if (solver.Check() != Microsoft.Z3.Status.SATISFIABLE)
        {
            return " (the bound call and state are inconsistent)";
        }

        var encoded = (Status)(int)ModelText.Value(solver.Model.Eval(step.Status, true));
        return encoded == expected ? " (status agrees, the state after differs)" : $" (the encoding says {StatusNames.Name(encoded)})";
    }

    private static Microsoft.Z3.Status Check(Context ctx, BoolExpr formula)
    {
        using var solver = ctx.MkSolver();
        using var parameters = ctx.MkParams();
        parameters.Add("timeout", 10_000u);
        solver.Parameters = parameters;
        solver.Assert(formula);
        return solver.Check();
    }
}
