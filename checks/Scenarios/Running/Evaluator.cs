using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Checking;
using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>
/// Computes arguments and expected values from expressions, with the names bound so far.
/// Arithmetic is unsigned 64-bit and wraps. Anything the checker could not rule out before running
/// (a field the record lacks, an index past the end, a byte above 255 from a name) throws
/// <see cref="StatementException"/>.
/// </summary>
public sealed class Evaluator(ScenarioEnvironment environment)
{
    /// <summary>Byte expressions larger than this are refused rather than exhausting memory (64 MiB).</summary>
    public const ulong MaxBytes = 64UL << 20;

    public Value Evaluate(Expr expr) => expr switch
    {
        IntegerLiteral literal => Value.Int(literal.Value),
        StringLiteral text => Value.Of(text.Bytes),
        NameExpr name => Lookup(name.Name),
        BinaryExpr binary => Value.Int(Arithmetic(binary)),
        BytesFunction function => Value.Of(BytesOf(function)),
        RecordExpr record => Value.Record([.. record.Fields.Select(f => (f.Name, Evaluate(f.Value)))]),
        ListExpr list => Value.List(list.Items.Select(Evaluate)),
        FieldExpr field => ReadField(field),
        IndexExpr index => ReadElement(index),
        WildcardExpr => throw new StatementException("'_' is not a value"),
        _ => throw new StatementException($"unsupported expression {expr}"),
    };

    /// <summary>An expected value: <c>_</c>, records and lists become patterns; everything else must be equal.</summary>
    public Pattern EvaluatePattern(Expr expr) => expr switch
    {
        WildcardExpr => new AnyPattern(),
        RecordExpr record => new RecordPattern([.. record.Fields.Select(f => new FieldPattern(f.Name, EvaluatePattern(f.Value)))]),
        ListExpr list => new ListPattern([.. list.Items.Select(EvaluatePattern)]),
        _ => new ExactPattern(Evaluate(expr)),
    };

    public ulong Integer(Expr expr, string what) => Evaluate(expr) switch
    {
        IntValue value => value.Number,
        var other => throw new StatementException($"{what} must be an integer, got {other}"),
    };

    private Value Lookup(string name)
    {
        if (environment.TryLookup(name, out var value))
        {
            return value;
        }

        if (name == NameRules.U64Max)
        {
            return Value.Int(ulong.MaxValue);
        }

        return KernelConstants.TryGet(name, out var constant)
            ? Value.Int(constant)
            : throw new StatementException($"'{name}' has no value");
    }

    private ulong Arithmetic(BinaryExpr binary)
    {
        var what = $"an operand of '{binary.Operator}'";
        var left = Integer(binary.Left, what);
        var right = Integer(binary.Right, what);
        return binary.Operator switch
        {
            '+' => unchecked(left + right),
            '-' => unchecked(left - right),
            '*' => unchecked(left * right),
            _ => left | right,
        };
    }

    private ByteString BytesOf(BytesFunction function)
    {
        var arguments = function.Arguments;
        switch (function.Name)
        {
            case "zeros":
                return ByteString.Zeros(Length(arguments[0], "zeros"));
            case "fill":
                var fill = new byte[Length(arguments[1], "fill")];
                Array.Fill(fill, Byte(arguments[0], "fill"));
                return ByteString.Of(fill);
            case "bytes":
                return ByteString.Of([.. arguments.Select(a => Byte(a, "bytes"))]);
            default:
                var joined = new List<byte>();
                foreach (var part in arguments)
                {
                    joined.AddRange(Evaluate(part) is BytesValue b
                        ? b.Bytes.Bytes
                        : throw new StatementException("cat(...) joins byte expressions only"));
                    if ((ulong)joined.Count > MaxBytes)
                    {
                        throw new StatementException($"cat(...) is longer than {MaxBytes} bytes");
                    }
                }

                return ByteString.Of(joined.ToArray());
        }
    }

    private int Length(Expr expr, string function)
    {
        var length = Integer(expr, $"the length of {function}(...)");
        return length <= MaxBytes
            ? (int)length
            : throw new StatementException($"{function}(...) of 0x{length:x} bytes is larger than the {MaxBytes}-byte limit");
    }

    private byte Byte(Expr expr, string function)
    {
        var value = Integer(expr, $"a byte of {function}(...)");
        return value <= byte.MaxValue
            ? (byte)value
            : throw new StatementException($"{function}(...): {value} is not a byte (0..255)");
    }

    private Value ReadField(FieldExpr field)
    {
        var target = Evaluate(field.Target);
        if (target is not RecordValue record)
        {
            throw new StatementException($"'.{field.Field}' needs a record, got {target}");
        }

        return record[field.Field]
            ?? throw new StatementException($"the record has no field '{field.Field}' (fields: {string.Join(", ", record.Fields.Select(f => f.Name))})");
    }

    private Value ReadElement(IndexExpr index)
    {
        var target = Evaluate(index.Target);
        if (target is not ListValue list)
        {
            throw new StatementException($"'[i]' needs a list, got {target}");
        }

        var i = Integer(index.Index, "an index");
        return i < (ulong)list.Items.Length
            ? list.Items[(int)i]
            : throw new StatementException($"index {i} is past the end of a list of {list.Items.Length}");
    }
}
