using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Tests.Scenario;

public sealed class LexerTests
{
    [Theory]
    [InlineData("0", 0UL)]
    [InlineData("4096", 4096UL)]
    [InlineData("0x1000", 0x1000UL)]
    [InlineData("0xfF", 0xffUL)]
    [InlineData("3p", 3 * 4096UL)]
    [InlineData("0x2p", 2 * 4096UL)]
    [InlineData("0p", 0UL)]
    [InlineData("18446744073709551615", ulong.MaxValue)]
    [InlineData("0xffffffffffffffff", ulong.MaxValue)]
    [InlineData("0xfffffffffffffp", 0xfffffffffffffUL * 4096)]
    public void IntegersAreDecimalOrHexWithAnOptionalPageSuffix(string text, ulong value)
    {
        var token = Assert.Single(Lexer.Tokenize(text), t => t.Kind == TokenKind.Integer);
        Assert.Equal(value, token.Number);
    }

    [Theory]
    [InlineData("18446744073709551616", "integer '18446744073709551616' does not fit 64 bits")]
    [InlineData("0x10000000000000000", "integer '0x10000000000000000' does not fit 64 bits")]
    [InlineData("0x10000000000000p", "integer '0x10000000000000p' does not fit 64 bits")]
    [InlineData("0x", "malformed number '0x'")]
    [InlineData("0xg1", "malformed number '0xg1'")]
    [InlineData("3q", "malformed number '3q'")]
    [InlineData("3pp", "malformed number '3pp'")]
    [InlineData("0X10", "malformed number '0X10'")]
    [InlineData("3P", "malformed number '3P'")]
    [InlineData("007", "malformed number '007': a decimal integer has no leading zero (hex is written 0x...)")]
    public void MalformedIntegersAreErrors(string text, string message)
    {
        var error = Assert.Throws<SyntaxException>(() => Lexer.Tokenize(text));
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("\"hello\"", new byte[] { 0x68, 0x65, 0x6c, 0x6c, 0x6f })]
    [InlineData("\"\"", new byte[0])]
    [InlineData("\"a\\\\b\"", new byte[] { 0x61, 0x5c, 0x62 })]
    [InlineData("\"\\\"\"", new byte[] { 0x22 })]
    [InlineData("\"\\n\\t\\0\"", new byte[] { 0x0a, 0x09, 0x00 })]
    [InlineData("\"\\x41\\xfF\\x00\"", new byte[] { 0x41, 0xff, 0x00 })]
    [InlineData("\"é\"", new byte[] { 0xc3, 0xa9 })]
    [InlineData("\"😀\"", new byte[] { 0xf0, 0x9f, 0x98, 0x80 })]
    [InlineData("\"# not a comment\"", new byte[] { 0x23, 0x20, 0x6e, 0x6f, 0x74, 0x20, 0x61, 0x20, 0x63, 0x6f, 0x6d, 0x6d, 0x65, 0x6e, 0x74 })]
    public void StringsAreTheirUtf8BytesWithEscapes(string text, byte[] bytes)
    {
        var token = Assert.Single(Lexer.Tokenize(text), t => t.Kind == TokenKind.String);
        Assert.Equal(ByteString.Of(bytes), token.Bytes);
    }

    [Theory]
    [InlineData("\"abc", "unterminated string (a string ends on the line it starts)")]
    [InlineData("\"abc\\", "unterminated string (a string ends on the line it starts)")]
    [InlineData("\"\\q\"", "unknown escape '\\q' in string (known: \\\\ \\\" \\n \\t \\0 \\xHH)")]
    [InlineData("\"\\r\"", "unknown escape '\\r' in string (known: \\\\ \\\" \\n \\t \\0 \\xHH)")]
    [InlineData("\"\\x4\"", "escape '\\x' needs two hex digits")]
    [InlineData("\"\\xg0\"", "escape '\\x' needs two hex digits")]
    public void MalformedStringsAreErrors(string text, string message)
    {
        var error = Assert.Throws<SyntaxException>(() => Lexer.Tokenize(text));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void PunctuationIdentifiersAndWildcardsAreTokens()
    {
        var kinds = Lexer.Tokenize("a_1 = f(_, _x) => {k: [1]} . + - * | ( ) , : # comment = =>").Select(t => t.Kind);
        Assert.Equal(
            [
                TokenKind.Identifier, TokenKind.Equals, TokenKind.Identifier, TokenKind.LeftParen, TokenKind.Wildcard,
                TokenKind.Comma, TokenKind.Identifier, TokenKind.RightParen, TokenKind.Arrow, TokenKind.LeftBrace,
                TokenKind.Identifier, TokenKind.Colon, TokenKind.LeftBracket, TokenKind.Integer, TokenKind.RightBracket,
                TokenKind.RightBrace, TokenKind.Dot, TokenKind.Plus, TokenKind.Minus, TokenKind.Star, TokenKind.Pipe,
                TokenKind.LeftParen, TokenKind.RightParen, TokenKind.Comma, TokenKind.Colon, TokenKind.EndOfLine,
            ],
            kinds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t  ")]
    [InlineData("# only a comment")]
    [InlineData("  # indented comment \"with a quote")]
    public void BlankAndCommentLinesHaveNoTokens(string text) =>
        Assert.Equal(TokenKind.EndOfLine, Assert.Single(Lexer.Tokenize(text)).Kind);

    [Theory]
    [InlineData("a ; b", "unexpected character ';'")]
    [InlineData("é", "unexpected character 'é'")]
    [InlineData("a ! b", "unexpected character '!'")]
    [InlineData("'x'", "unexpected character '''")]
    public void UnknownCharactersAreErrors(string text, string message)
    {
        var error = Assert.Throws<SyntaxException>(() => Lexer.Tokenize(text));
        Assert.Equal(message, error.Message);
    }
}
