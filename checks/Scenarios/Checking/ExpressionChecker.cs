using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Checks.Scenarios.Checking;

/// <summary>
/// Checks one expression against the names bound so far and infers its <see cref="ExprKind"/>.
/// Catches, before anything runs: unknown names and constants, <c>_</c> outside an expectation or
/// inside arithmetic, arithmetic on bytes, malformed byte expressions, literal bytes above 255.
/// Throws <see cref="SyntaxException"/> with the message for the first problem.
/// </summary>
public sealed class ExpressionChecker(IReadOnlyDictionary<string, StaticName> scope)
{
    /// <summary>An argument: a plain value, no <c>_</c>.</summary>
    public ExprKind CheckArgument(Expr expr) => Check(expr, inExpectation: false, patternPosition: false);

    /// <summary>An expected value: <c>_</c> may stand for the whole value, a record field or a list element.</summary>
    public ExprKind CheckPattern(Expr expr) => Check(expr, inExpectation: true, patternPosition: true);

    private ExprKind Check(Expr expr, bool inExpectation, bool patternPosition)
    {
        switch (expr)
        {
            case IntegerLiteral:
                return ExprKind.Integer;
            case StringLiteral:
                return ExprKind.Bytes;
            case WildcardExpr when patternPosition:
                return ExprKind.Wildcard;
            case WildcardExpr when inExpectation:
                throw new SyntaxException("'_' stands for a whole value, a record field or a list element, not part of an expression");
            case WildcardExpr:
                throw new SyntaxException("'_' matches anything and is allowed only in an expectation (after '=>')");
            case NameExpr name:
                return Resolve(name.Name);
            case BinaryExpr binary:
                RequireInteger(Check(binary.Left, inExpectation, false), $"'{binary.Operator}'");
                RequireInteger(Check(binary.Right, inExpectation, false), $"'{binary.Operator}'");
                return ExprKind.Integer;
            case BytesFunction function:
                CheckBytesFunction(function, inExpectation);
                return ExprKind.Bytes;
            case RecordExpr { Fields.IsEmpty: true } when inExpectation:
                // By the language's rule (listed fields only) '{}' would match every record: a check that cannot fail.
                throw new SyntaxException("'{}' checks no field: list the fields the statement expects, or write '_' to accept any value");
            case RecordExpr record:
                foreach (var field in record.Fields)
                {
                    Check(field.Value, inExpectation, patternPosition);
                }

                return ExprKind.Record;
            case ListExpr list:
                foreach (var item in list.Items)
                {
                    Check(item, inExpectation, patternPosition);
                }

                return ExprKind.List;
            case FieldExpr field:
                Require(Check(field.Target, inExpectation, false), ExprKind.Record, $"'.{field.Field}' reads a field of a record");
                return ExprKind.Unknown;
            case IndexExpr index:
                Require(Check(index.Target, inExpectation, false), ExprKind.List, "'[i]' reads an element of a list");
                RequireInteger(Check(index.Index, inExpectation, false), "an index");
                return ExprKind.Unknown;
            default:
                throw new SyntaxException($"unsupported expression {expr}");
        }
    }

    private ExprKind Resolve(string name)
    {
        if (scope.TryGetValue(name, out var bound))
        {
            return bound.Kind;
        }

        if (NameRules.IsConstant(name))
        {
            return ExprKind.Integer;
        }

        throw new SyntaxException(NameRules.LooksLikeConstant(name)
            ? $"unknown constant '{name}'"
            : $"unknown name '{name}' (no earlier line binds it)");
    }

    private void CheckBytesFunction(BytesFunction function, bool inExpectation)
    {
        var arguments = function.Arguments;
        var expected = function.Name switch
        {
            "zeros" => (Count: 1, Usage: "zeros(N)"),
            "fill" => (Count: 2, Usage: "fill(BYTE, N)"),
            _ => (Count: -1, Usage: ""),
        };
        if (expected.Count >= 0 && arguments.Length != expected.Count)
        {
            throw new SyntaxException($"{expected.Usage} takes {expected.Count} argument{(expected.Count == 1 ? "" : "s")}, got {arguments.Length}");
        }

        var wantBytes = function.Name == "cat";
        for (var i = 0; i < arguments.Length; i++)
        {
            var kind = Check(arguments[i], inExpectation, false);
            if (wantBytes)
            {
                Require(kind, ExprKind.Bytes, "cat(...) joins byte expressions");
                continue;
            }

            RequireInteger(kind, $"{function.Name}(...)");
            var isByte = function.Name == "bytes" || (function.Name == "fill" && i == 0);
            if (isByte && arguments[i] is IntegerLiteral { Value: > 255 } literal)
            {
                throw new SyntaxException($"{function.Name}(...): {literal.Text} is not a byte (0..255)");
            }
        }
    }

    private static void RequireInteger(ExprKind kind, string what) =>
        Require(kind, ExprKind.Integer, $"{what} needs an integer");

    private static void Require(ExprKind kind, ExprKind wanted, string message)
    {
        if (kind != wanted && kind != ExprKind.Unknown)
        {
            throw new SyntaxException($"{message}, not {Describe(kind)}");
        }
    }

    public static string Describe(ExprKind kind) => kind switch
    {
        ExprKind.Integer => "an integer",
        ExprKind.Bytes => "bytes",
        ExprKind.Record => "a record",
        ExprKind.List => "a list",
        ExprKind.Wildcard => "'_'",
        _ => "a value",
    };
}
