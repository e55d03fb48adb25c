using Microsoft.Z3;
using VmoKernel.Checks.Proofs;

namespace VmoKernel.Tests.Proof.Agreement.Linux;

/// <summary>
/// Evaluates terms of an encoding on concrete values: every uninterpreted constant of a term is replaced by
/// the value bound to its name (a bool, a number of the constant's bit width, or, for an array constant, a
/// constant array of one value) and the result is simplified to a literal. A constant with no value bound is
/// the test's mistake, never a silent default.
/// </summary>
internal sealed class ConcreteEvaluation(Context ctx)
{
    private readonly Dictionary<string, object> _values = [];

    public ConcreteEvaluation Bind(string name, object value)
    {
        _values[name] = value;
        return this;
    }

    public bool Bool(Expr term) => Evaluate(term) switch
    {
        { IsTrue: true } => true,
        { IsFalse: true } => false,
        var other => throw new InvalidOperationException($"{term} did not evaluate to a boolean: {other}"),
    };

    public ulong Number(Expr term) => Evaluate(term) is BitVecNum n
        ? n.UInt64
        : throw new InvalidOperationException($"{term} did not evaluate to a number");

    /// <summary>The after-state value named <paramref name="name"/> of the query's printable states.</summary>
    public static Expr After(ObligationQuery query, string name) => query.States.Single(s => s.Label == "after").Values.Single(v => v.Name == name).Terms[0];

    private Expr Evaluate(Expr term)
    {
        var constants = new Dictionary<string, Expr>();
        Collect(term, constants);
        var names = constants.Keys.ToList();
        var from = names.Select(n => constants[n]).ToArray();
        var to = names.Select(n => Literal(constants[n], _values.TryGetValue(n, out var v) ? v : throw new InvalidOperationException($"no value bound for {n}"))).ToArray();
        return term.Substitute(from, to).Simplify();
    }

    private Expr Literal(Expr constant, object value) => (constant.Sort, value) switch
    {
        (BoolSort, bool b) => ctx.MkBool(b),
        (BitVecSort bits, ulong n) => ctx.MkBV(n, bits.Size),
        (BitVecSort bits, int n) => ctx.MkBV(n, bits.Size),
        (ArraySort array, var element) => ctx.MkConstArray(array.Domain, Literal(ctx.MkConst("element", array.Range), element)),
        _ => throw new InvalidOperationException($"cannot bind {value} to {constant} of sort {constant.Sort}"),
    };

    private static void Collect(Expr term, Dictionary<string, Expr> into)
    {
        // By name, not by declaration kind: the managed API's Z3_decl_kind numbering is 4.12's, the native library
        // here is 4.8's, and the two number their operators differently.
        if (term.IsConst && !term.IsNumeral && term.FuncDecl.Name.ToString() is not ("true" or "false"))
        {
            into[term.FuncDecl.Name.ToString()] = term;
            return;
        }

        foreach (var arg in term.Args)
        {
            Collect(arg, into);
        }
    }
}
