using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>
/// An expression as written in an argument or an expectation. The family is closed: the records
/// below are every form the scenario language has.
/// </summary>
public abstract record Expr;

/// <summary>An integer literal, page suffix already applied.</summary>
public sealed record IntegerLiteral(ulong Value, string Text) : Expr;

/// <summary>A quoted string: its UTF-8 bytes.</summary>
public sealed record StringLiteral(ByteString Bytes) : Expr;

/// <summary>A name: a kernel constant, <c>U64_MAX</c>, a pressure level, or a name bound by an earlier line.</summary>
public sealed record NameExpr(string Name) : Expr;

/// <summary><c>_</c>: matches anything; allowed only where an expectation matches a value.</summary>
public sealed record WildcardExpr : Expr;

/// <summary><c>left op right</c> with op one of <c>+ - * |</c>; unsigned 64-bit, wrapping.</summary>
public sealed record BinaryExpr(char Operator, Expr Left, Expr Right) : Expr;

/// <summary>A byte expression: <c>zeros(N)</c>, <c>fill(BYTE, N)</c>, <c>bytes(...)</c>, <c>cat(...)</c>.</summary>
public sealed record BytesFunction(string Name, ImmutableArray<Expr> Arguments) : Expr;

/// <summary><c>{name: value, ...}</c>.</summary>
public sealed record RecordExpr(ImmutableArray<RecordFieldExpr> Fields) : Expr;

/// <summary>One <c>name: value</c> of a record expression.</summary>
public sealed record RecordFieldExpr(string Name, Expr Value);

/// <summary><c>[a, b, ...]</c>, or a tuple <c>(a, b)</c>, which is a two-element list.</summary>
public sealed record ListExpr(ImmutableArray<Expr> Items) : Expr;

/// <summary><c>target.field</c>.</summary>
public sealed record FieldExpr(Expr Target, string Field) : Expr;

/// <summary><c>target[index]</c>.</summary>
public sealed record IndexExpr(Expr Target, Expr Index) : Expr;
