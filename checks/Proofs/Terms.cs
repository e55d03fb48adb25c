using System.Collections.Immutable;
using Microsoft.Z3;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// The sorts and small term builders every encoding shares, over one <see cref="Context"/>.
/// Offsets, sizes and page indices are 64-bit vectors, so arithmetic wraps at 2^64 as it does in the
/// kernel; frames and page contents are 32-bit identities (a content is an abstract name for 4096
/// bytes, 0 being the zero page); statuses are the <see cref="Status"/> numbers in 8 bits.
/// <para>
/// With a <see cref="SupportBound"/>, states are built concrete-shaped: each VMO commits and pins
/// pages only at that many symbolic page numbers, physical memory uses frames only at a bounded set of
/// symbolic frame numbers. Quantifiers over pages and frames then become exactly the conjunction or
/// disjunction over those points (the arrays are false elsewhere), so the formula is quantifier-free:
/// the solver finds counterexamples quickly, and a concrete state from the model fits exactly.
/// Without a bound every array is arbitrary and the quantifiers stay: that is the proof.
/// </para>
/// </summary>
public sealed class Terms(Context context, int? supportBound = null)
{
    /// <summary>Committed pages per VMO in a concrete-shaped state; null for the unbounded proof.</summary>
    public int? SupportBound { get; } = supportBound;

    public const uint PageShift = 12;

    public Context Ctx { get; } = context;

    public BitVecSort Word { get; } = context.MkBitVecSort(64);

    public BitVecSort FrameSort { get; } = context.MkBitVecSort(32);

    public BitVecSort ContentSort { get; } = context.MkBitVecSort(32);

    public BitVecSort SlotSort { get; } = context.MkBitVecSort(8);

    public BitVecSort StatusSort { get; } = context.MkBitVecSort(8);

    public BitVecExpr ZeroContent => (BitVecExpr)Ctx.MkNumeral(0, ContentSort);

    public BitVecExpr U64(ulong value) => Ctx.MkBV(value, 64);

    public BitVecExpr Slot(int index) => Ctx.MkBV(index, 8);

    public BitVecExpr StatusOf(Status status) => Ctx.MkBV((int)status, 8);

    public BitVecExpr Word64(string name) => Ctx.MkBVConst(name, 64);

    public BoolExpr Flag(string name) => Ctx.MkBoolConst(name);

    public BitVecExpr Const(string name, BitVecSort sort) => (BitVecExpr)Ctx.MkConst(name, sort);

    public SymbolicMap Array(string name, Sort domain, Sort range) => SymbolicMap.Of(Ctx.MkArrayConst(name, domain, range));

    public Expr Select(SymbolicMap map, Expr index) => map.PatternAt(index);

    public BoolExpr SelectBool(SymbolicMap map, Expr index) => (BoolExpr)map.Apply(index);

    public BitVecExpr SelectBv(SymbolicMap map, Expr index) => (BitVecExpr)map.Apply(index);

    /// <summary>The map sending every index <c>i</c> to <paramref name="body"/>(i).</summary>
    public static SymbolicMap Lambda(Func<Expr, Expr> body) => new(body);

    public static SymbolicMap Constant(Expr value) => new(_ => value);

    /// <summary><paramref name="map"/> with <paramref name="index"/> sent to <paramref name="value"/>.</summary>
    public SymbolicMap Store(SymbolicMap map, Expr index, Expr value) => new(i => Ctx.MkITE(Ctx.MkEq(i, index), value, map.Apply(i)));

    /// <summary>
    /// ∀ x. body(x), where body(x) holds trivially outside <paramref name="support"/> (when the state is
    /// concrete-shaped): then it is the conjunction over the support points.
    /// </summary>
    public BoolExpr ForAll(ImmutableArray<BitVecExpr> support, Sort sort, string name, Func<Expr, (BoolExpr Body, Expr Pattern)> build) =>
        support.IsDefault ? ForAll(sort, name, build) : Ctx.MkAnd(support.Select(k => build(k).Body));

    /// <summary>∃ x. body(x), where body(x) is false outside <paramref name="support"/> when the state is concrete-shaped.</summary>
    public BoolExpr Exists(ImmutableArray<BitVecExpr> support, Sort sort, string name, Func<Expr, BoolExpr> body) =>
        support.IsDefault ? Exists(sort, name, body) : Ctx.MkOr(support.Select(k => body(k)));

    public BoolExpr ForAll(Sort sort, string name, Func<Expr, (BoolExpr Body, Expr Pattern)> build)
    {
        var bound = Ctx.MkConst(name, sort);
        var (body, pattern) = build(bound);
        return Ctx.MkForall([bound], body, 1, [Ctx.MkPattern(pattern)]);
    }

    public BoolExpr Exists(Sort sort, string name, Func<Expr, BoolExpr> body)
    {
        var bound = Ctx.MkConst(name, sort);
        return Ctx.MkExists([bound], body(bound));
    }

    /// <summary>
    /// Page <paramref name="page"/> lies in [<paramref name="first"/>, first + count), as the distance from
    /// <paramref name="first"/> modulo 2^64. Equal to the plain reading for every range that passed a
    /// range check (which never wraps, INV-RANGE-01), and it lets "page p of the destination moved iff
    /// page p - dst + src of the source moved" hold by ring arithmetic alone.
    /// </summary>
    public BoolExpr InPages(Expr page, BitVecExpr first, BitVecExpr count) =>
        Ctx.MkBVULT(Ctx.MkBVSub((BitVecExpr)page, first), count);

    public BitVecExpr PageOf(BitVecExpr offset) => Ctx.MkBVLSHR(offset, U64(PageShift));

    public BitVecExpr Ite(BoolExpr condition, BitVecExpr then, BitVecExpr otherwise) => (BitVecExpr)Ctx.MkITE(condition, then, otherwise);

    public BoolExpr Ite(BoolExpr condition, BoolExpr then, BoolExpr otherwise) => (BoolExpr)Ctx.MkITE(condition, then, otherwise);

    public SymbolicMap Ite(BoolExpr condition, SymbolicMap then, SymbolicMap otherwise) =>
        ReferenceEquals(then, otherwise) ? then : new(i => Ctx.MkITE(condition, then.Apply(i), otherwise.Apply(i)));

    /// <summary>The status of a call whose checks run in order: the first failing check's status, else <paramref name="success"/>.</summary>
    public BitVecExpr FirstFailure(IEnumerable<(BoolExpr Fails, Status Status)> checks, BitVecExpr success) =>
        checks.Reverse().Aggregate(success, (rest, check) => Ite(check.Fails, StatusOf(check.Status), rest));
}
