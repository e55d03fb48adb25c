using System.Numerics;
using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>Reads concrete numbers out of evaluated Z3 terms and prints them the way the CLI prints kernel values.</summary>
public static class ModelText
{
    public static ulong Value(Expr term) => term switch
    {
        BitVecNum n => (ulong)(n.BigInteger & ulong.MaxValue),
        IntNum n => (ulong)(n.BigInteger & ulong.MaxValue),
        _ => term.IsTrue ? 1UL : 0UL,
    };

    public static string Number(Expr term)
    {
        if (term is BoolExpr)
        {
            return term.IsTrue ? "yes" : "no";
        }

        var value = Value(term);
        return value < 4096 ? value.ToString() : $"0x{value:x}";
    }

    public static BigInteger Big(Expr term) => term is BitVecNum n ? n.BigInteger : BigInteger.Zero;
}
