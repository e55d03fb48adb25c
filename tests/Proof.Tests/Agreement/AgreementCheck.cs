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
        ConcreteBinding binding;
        StepOutcome step;
        string kind;
        switch (c.Call)
        {
            case VmoTransferData x:
                {
                    var dst = ConcreteBinding.VmoOf(c.State, x.Dst);
                    var src = ConcreteBinding.VmoOf(c.State, x.Src);
                    binding = new ConcreteBinding(t, contents, Slots(c.State, dst, src == dst ? null : src));
                    var call = TransferDataEncoding.FreshCall(t);
                    binding.HandleFacts(call.Dst, c.State, x.Dst, callFacts);
                    binding.HandleFacts(call.Src, c.State, x.Src, callFacts);
                    callFacts.Add(binding.Eq(call.Options, ctx.MkBV(x.Options, 32)));
                    callFacts.Add(binding.Eq(call.Offset, t.U64(x.Offset)));
                    callFacts.Add(binding.Eq(call.Length, t.U64(x.Length)));
                    callFacts.Add(binding.Eq(call.SrcOffset, t.U64(x.SrcOffset)));
                    callFacts.Add(ctx.MkEq(call.SameVmo, ctx.MkBool(dst is not null && dst == src)));
                    callFacts.Add(binding.Eq(call.Moved, t.U64(PagesMoved(c.State, after, x, dst, result.Status))));
                    step = TransferDataEncoding.Step(t, s, call, mutant);
                    kind = $"transfer_data {StatusNames.Name(result.Status)}";
                    break;
                }

            case VmoOpRange x:
                {
                    var target = ConcreteBinding.VmoOf(c.State, x.Vmo);
                    binding = new ConcreteBinding(t, contents, Slots(c.State, target, null));
                    var call = OpRangeEncoding.FreshCall(t);
                    binding.HandleFacts(call.Vmo, c.State, x.Vmo, callFacts);
                    callFacts.Add(binding.Eq(call.Op, ctx.MkBV(x.Op, 32)));
                    callFacts.Add(binding.Eq(call.Offset, t.U64(x.Offset)));
                    callFacts.Add(binding.Eq(call.Size, t.U64(x.Size)));
                    step = OpRangeEncoding.Step(t, s, call, mutant);
                    kind = $"op_range {x.Op} {StatusNames.Name(result.Status)}";
                    break;
                }

            case Reclaim x:
                {
                    var vmos = c.State.Vmos.Keys.ToList();
                    if (vmos.Count > SymbolicKernel.SlotCount)
                    {
                        return new Verdict(false, "reclaim over more VMOs than slots", null);
                    }

                    binding = new ConcreteBinding(t, contents, [.. vmos.Select(k => (ulong?)k), .. Enumerable.Repeat<ulong?>(null, SymbolicKernel.SlotCount - vmos.Count)]);
                    var level = t.Const("call.level", ctx.MkBitVecSort(8));
                    callFacts.Add(binding.Eq(level, ctx.MkBV((int)x.Level, 8)));
                    step = DiscardEncoding.Reclaim(t, s, level, mutant);
                    kind = $"reclaim {x.Level}";
                    break;
                }

            default:
                return new Verdict(false, "not encoded", null);
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
        if (Check(ctx, ctx.MkAnd([given, status, .. binding.Agreement(step.After, after, withFrames: true)])) != Microsoft.Z3.Status.SATISFIABLE)
        {
            return new Verdict(true, kind, $"the encoding does not allow the model's outcome {StatusNames.Name(result.Status)}{Diagnose(ctx, t, given, step, result.Status)}");
        }

        var disagreement = ctx.MkOr([ctx.MkNot(status), .. binding.Agreement(step.After, after, withFrames: false).Select(ctx.MkNot)]);
        return Check(ctx, ctx.MkAnd(given, disagreement)) == Microsoft.Z3.Status.UNSATISFIABLE
            ? new Verdict(true, kind, null)
            : new Verdict(true, kind, "the encoding also allows an outcome the model does not give");
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

    /// <summary>A = the call's VMO, B = the transfer source, C = A's snapshot child if any; the rest fill in.</summary>
    private static List<ulong?> Slots(KernelState state, ulong? a, ulong? b)
    {
        var slots = new List<ulong?> { a, b, null };
        var child = a is { } ak ? state.Vmos.Values.FirstOrDefault(v => v.Parent is { Kind: ChildKind.Snapshot } l && l.ParentKoid == ak && v.Koid != b) : null;
        slots[2] = child?.Koid;
        var rest = new Queue<ulong>(state.Vmos.Keys.Where(k => !slots.Contains(k)));
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i] is null && rest.Count > 0)
            {
                slots[i] = rest.Dequeue();
            }
        }

        return slots;
    }

    /// <summary>
    /// The pages the model moved: all of them on success; on NO_MEMORY the prefix whose destination
    /// page changed (a moved page always gets a frame it did not have).
    /// </summary>
    private static ulong PagesMoved(KernelState before, KernelState after, VmoTransferData call, ulong? dst, Status status)
    {
        if (status == Status.ZxOk)
        {
            return call.Length / KernelLayout.PageSize;
        }

        if (status != Status.ZxErrNoMemory || dst is not { } koid)
        {
            return 0;
        }

        var (old, now) = (before.Vmos[koid], after.Vmos[koid]);
        ulong k = 0;
        var first = call.Offset / KernelLayout.PageSize;
        while (k < call.Length / KernelLayout.PageSize
            && now.Pages.TryGetValue(first + k, out var slot)
            && (!old.Pages.TryGetValue(first + k, out var was) || was.Frame != slot.Frame))
        {
            k++;
        }

        return k;
    }
}
