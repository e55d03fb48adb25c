using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Running;
using VmoKernel.Checks.Scenarios.Syntax;
using VmoKernel.Tests.Scenario.Doubles;

namespace VmoKernel.Tests.Scenario;

public sealed class EvaluatorTests
{
    private readonly ScenarioEnvironment _environment = new(new FakeKernel());

    [Theory]
    [InlineData("1 + 2 * 3", 7UL)]
    [InlineData("(1 + 2) * 3", 9UL)]
    [InlineData("10 - 2 - 3", 5UL)]
    [InlineData("(1 + 1) * 2 - 4", 0UL)]
    [InlineData("U64_MAX - 1p + 1", 0xffff_ffff_ffff_f000UL)]
    [InlineData("U64_MAX + 2", 1UL)]
    [InlineData("0 - 1", ulong.MaxValue)]
    [InlineData("U64_MAX * 2", 0xffff_ffff_ffff_fffeUL)]
    [InlineData("ZX_VM_PERM_READ | ZX_VM_PERM_WRITE", 3UL)]
    [InlineData("1 | 2 + 4", 7UL)]
    [InlineData("2p", 8192UL)]
    [InlineData("ZX_RIGHT_SAME_RIGHTS", 0x8000_0000UL)]
    [InlineData("root_vmar", 0xbUL)]
    [InlineData("bti + 0", 0x13UL)]
    [InlineData("p0", FakeKernel.FirstProcess)]
    [InlineData("[5, (6, 7)][1][0]", 6UL)]
    [InlineData("{a: 1, b: {c: 3}}.b.c", 3UL)]
    public void IntegerExpressionsWrapAtSixtyFourBits(string text, ulong value) =>
        Assert.Equal(Value.Int(value), Evaluate(text));

    [Theory]
    [InlineData("\"hi\"", new byte[] { 0x68, 0x69 })]
    [InlineData("zeros(3)", new byte[] { 0, 0, 0 })]
    [InlineData("zeros(0)", new byte[0])]
    [InlineData("fill(0x53, 2)", new byte[] { 0x53, 0x53 })]
    [InlineData("bytes(0x41, 66, 255)", new byte[] { 0x41, 0x42, 0xff })]
    [InlineData("bytes()", new byte[0])]
    [InlineData("cat(\"a\", zeros(1), bytes(2))", new byte[] { 0x61, 0, 2 })]
    [InlineData("cat()", new byte[0])]
    public void ByteExpressionsBuildBytes(string text, byte[] bytes) =>
        Assert.Equal(Value.Of(ByteString.Of(bytes)), Evaluate(text));

    [Fact]
    public void ATupleIsATwoElementList() =>
        Assert.Equal(Value.List([Value.Int(1), Value.Int(2)]), Evaluate("(1, 2)"));

    [Fact]
    public void BoundNamesAreReadWithFieldsAndIndexes()
    {
        _environment.Bind("pin", Value.Record(("pmt", Value.Int(7)), ("addrs", Value.List([Value.Int(0x8000_0000), Value.Int(0x8000_1000)]))));
        Assert.Equal(Value.Int(0x8000_1000), Evaluate("pin.addrs[1]"));
        Assert.Equal(Value.Int(8), Evaluate("pin.pmt + 1"));
    }

    [Theory]
    [InlineData("{a: 1}.b", "the record has no field 'b' (fields: a)")]
    [InlineData("[1, 2][2]", "index 2 is past the end of a list of 2")]
    [InlineData("[1][U64_MAX]", "index 18446744073709551615 is past the end of a list of 1")]
    [InlineData("fill(256 + 0, 1)", "fill(...): 256 is not a byte (0..255)")]
    [InlineData("bytes(bti * 100)", "bytes(...): 1900 is not a byte (0..255)")]
    [InlineData("zeros(U64_MAX)", "zeros(...) of 0xffffffffffffffff bytes is larger than the 67108864-byte limit")]
    [InlineData("[1].a", "'.a' needs a record, got [1]")]
    [InlineData("{a: 1}[0]", "'[i]' needs a list, got {a: 1}")]
    [InlineData("{a: \"x\"}.a + 1", "an operand of '+' must be an integer, got \"x\"")]
    public void WhatTheCheckerCannotSeeFailsWhenEvaluated(string text, string message)
    {
        var error = Assert.Throws<StatementException>(() => Evaluate(text));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ExpectationsBecomePatterns()
    {
        var pattern = new Evaluator(_environment).EvaluatePattern(Expression("{pmt: _, addrs: [1, _]}"));
        var expected = new RecordPattern([
            new FieldPattern("pmt", new AnyPattern()),
            new FieldPattern("addrs", new ListPattern([new ExactPattern(Value.Int(1)), new AnyPattern()])),
        ]);
        Assert.Equal(ValueMatcher.RenderExpected(expected), ValueMatcher.RenderExpected(pattern));
        Assert.IsType<RecordPattern>(pattern);
    }

    private Value Evaluate(string text) => new Evaluator(_environment).Evaluate(Expression(text));

    private static Expr Expression(string text)
    {
        var cursor = new TokenCursor(Lexer.Tokenize(text));
        var expr = ExpressionParser.Parse(cursor);
        cursor.ExpectEndOfLine("the expression");
        return expr;
    }
}
