using Microsoft.Z3;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Proofs;

/// <summary>One argument of a symbolic call, and how to print its value in a counterexample.</summary>
public sealed record CallArgument(string Name, IReadOnlyList<Expr> Terms, Func<IReadOnlyList<Expr>, string> Format)
{
    public static CallArgument Number(string name, Expr term) => new(name, [term], v => ModelText.Number(v[0]));

    public static CallArgument Flag(string name, Expr term) => new(name, [term], v => v[0].IsTrue ? "yes" : "no");

    public static CallArgument Level(string name, Expr term) =>
        new(name, [term], v => ((PressureLevel)(int)ModelText.Value(v[0])).ToString().ToUpperInvariant());

    /// <summary>A zx_vmo_op_range op, by its ZX_VMO_OP_ name.</summary>
    public static CallArgument Op(string name, Expr term) => new(name, [term], v => OpName((uint)ModelText.Value(v[0])));

    /// <summary>A handle naming VMO <paramref name="slot"/>: "A (rights READ|WRITE)", or why it is not usable.</summary>
    public static CallArgument Handle(string name, SymbolicHandle handle, string slot) => new(
        name,
        [handle.Valid, handle.IsVmo, handle.Rights],
        v => !v[0].IsTrue ? "an invalid handle" : !v[1].IsTrue ? "a handle to a non-VMO object" : $"handle to {slot} (rights {(Rights)(uint)ModelText.Value(v[2])})");

    /// <summary>zx_vmo_create_child options, as ZX_VMO_CHILD_ flags joined by |.</summary>
    public static CallArgument ChildOptions(string name, Expr term) => new(name, [term], v => ChildOptionNames((uint)ModelText.Value(v[0])));

    private static string ChildOptionNames(uint options)
    {
        var names = typeof(Abi.ChildOptions).GetFields()
            .Where(f => f.IsLiteral && (options & (uint)f.GetRawConstantValue()!) != 0)
            .Select(f => $"ZX_VMO_CHILD_{UpperSnake(f.Name)}")
            .ToList();
        var known = typeof(Abi.ChildOptions).GetFields().Where(f => f.IsLiteral).Aggregate(0u, (m, f) => m | (uint)f.GetRawConstantValue()!);
        if ((options & ~known) != 0)
        {
            names.Add($"0x{options & ~known:x}");
        }

        return names.Count == 0 ? "0" : string.Join("|", names);
    }

    private static string UpperSnake(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{c}")).ToUpperInvariant();

    private static string OpName(uint op)
    {
        var field = typeof(VmoOp).GetFields().FirstOrDefault(f => f.IsLiteral && (uint)f.GetRawConstantValue()! == op);
        return field is null ? $"{op} (unknown op)" : $"ZX_VMO_OP_{UpperSnake(field.Name)}";
    }
}
