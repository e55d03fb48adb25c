using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// A total map from page numbers (or frames) to values, as a function on index terms. A state's own
/// maps are Z3 array constants; the maps of a state after a step are built from them and applied
/// directly (beta-reduced while the formula is built), so the solver never sees a lambda.
/// </summary>
public sealed record SymbolicMap(Func<Expr, Expr> Apply, ArrayExpr? Array = null)
{
    public static SymbolicMap Of(ArrayExpr array) => new(i => array.Context.MkSelect(array, i), array);

    /// <summary>The select term a quantifier's pattern uses; only maps backed by an array have one.</summary>
    public Expr PatternAt(Expr index) => Array is null ? Apply(index) : Array.Context.MkSelect(Array, index);
}
