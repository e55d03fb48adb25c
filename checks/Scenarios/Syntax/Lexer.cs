using System.Globalization;
using System.Text;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>
/// Splits one line of a scenario file into tokens (scenario-language.md, "Lexical"). A statement is
/// one line, so the lexer never looks past the line it is given; <c>#</c> outside a string ends it.
/// Any malformed token throws <see cref="SyntaxException"/> with a one-line message.
/// </summary>
public static class Lexer
{
    public static IReadOnlyList<Token> Tokenize(string line)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ' or '\t' or '\r')
            {
                i++;
            }
            else if (c == '#')
            {
                break;
            }
            else if (c == '"')
            {
                tokens.Add(ReadString(line, ref i));
            }
            else if (IsDigit(c))
            {
                tokens.Add(ReadInteger(line, ref i));
            }
            else if (IsIdentifierStart(c))
            {
                var start = i;
                while (i < line.Length && IsIdentifierPart(line[i]))
                {
                    i++;
                }

                var text = line[start..i];
                tokens.Add(new Token(text == "_" ? TokenKind.Wildcard : TokenKind.Identifier, text));
            }
            else
            {
                tokens.Add(ReadPunctuation(line, ref i));
            }
        }

        tokens.Add(new Token(TokenKind.EndOfLine, ""));
        return tokens;
    }

    private static Token ReadPunctuation(string line, ref int i)
    {
        var c = line[i];
        if (c == '=' && i + 1 < line.Length && line[i + 1] == '>')
        {
            i += 2;
            return new Token(TokenKind.Arrow, "=>");
        }

        TokenKind? kind = c switch
        {
            '(' => TokenKind.LeftParen,
            ')' => TokenKind.RightParen,
            '[' => TokenKind.LeftBracket,
            ']' => TokenKind.RightBracket,
            '{' => TokenKind.LeftBrace,
            '}' => TokenKind.RightBrace,
            ',' => TokenKind.Comma,
            ':' => TokenKind.Colon,
            '.' => TokenKind.Dot,
            '=' => TokenKind.Equals,
            '+' => TokenKind.Plus,
            '-' => TokenKind.Minus,
            '*' => TokenKind.Star,
            '|' => TokenKind.Pipe,
            _ => null,
        };
        if (kind is null)
        {
            var shown = char.IsSurrogate(c) && i + 1 < line.Length ? line.Substring(i, 2) : c.ToString();
            throw new SyntaxException($"unexpected character '{shown}'");
        }

        i++;
        return new Token(kind.Value, c.ToString());
    }

    /// <summary>Decimal or <c>0x</c> hex digits, then an optional page suffix <c>p</c>; nothing else may touch it.</summary>
    private static Token ReadInteger(string line, ref int i)
    {
        var start = i;
        while (i < line.Length && IsIdentifierPart(line[i]))
        {
            i++;
        }

        var text = line[start..i];
        var body = text.EndsWith('p') ? text[..^1] : text;
        var pages = body.Length != text.Length;
        ulong value;
        if (body.StartsWith("0x", StringComparison.Ordinal))
        {
            var digits = body[2..];
            if (digits.Length == 0 || !digits.All(char.IsAsciiHexDigit))
            {
                throw new SyntaxException($"malformed number '{text}'");
            }

            if (!ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value))
            {
                throw new SyntaxException($"integer '{text}' does not fit 64 bits");
            }
        }
        else
        {
            if (!body.All(IsDigit))
            {
                throw new SyntaxException($"malformed number '{text}'");
            }

            if (body.Length > 1 && body[0] == '0')
            {
                throw new SyntaxException($"malformed number '{text}': a decimal integer has no leading zero (hex is written 0x...)");
            }

            if (!ulong.TryParse(body, NumberStyles.None, CultureInfo.InvariantCulture, out value))
            {
                throw new SyntaxException($"integer '{text}' does not fit 64 bits");
            }
        }

        if (pages)
        {
            if (value > ulong.MaxValue / KernelConstants.PageSize)
            {
                throw new SyntaxException($"integer '{text}' does not fit 64 bits");
            }

            value *= KernelConstants.PageSize;
        }

        return new Token(TokenKind.Integer, text, value);
    }

    /// <summary>A quoted string: its characters as UTF-8, with the escapes \\ \" \n \t \0 \xHH (one raw byte).</summary>
    private static Token ReadString(string line, ref int i)
    {
        var start = i;
        i++;
        var bytes = new List<byte>();
        var scratch = new byte[4];
        while (true)
        {
            if (i >= line.Length)
            {
                throw new SyntaxException("unterminated string (a string ends on the line it starts)");
            }

            var c = line[i];
            if (c == '"')
            {
                i++;
                break;
            }

            if (c == '\\')
            {
                bytes.Add(ReadEscape(line, ref i));
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < line.Length ? 2 : 1;
            var count = Encoding.UTF8.GetBytes(line.AsSpan(i, length), scratch);
            bytes.AddRange(scratch.AsSpan(0, count));
            i += length;
        }

        return new Token(TokenKind.String, line[start..i], Bytes: ByteString.Of(bytes.ToArray()));
    }

    private static byte ReadEscape(string line, ref int i)
    {
        if (i + 1 >= line.Length)
        {
            throw new SyntaxException("unterminated string (a string ends on the line it starts)");
        }

        var e = line[i + 1];
        i += 2;
        switch (e)
        {
            case '\\': return (byte)'\\';
            case '"': return (byte)'"';
            case 'n': return (byte)'\n';
            case 't': return (byte)'\t';
            case '0': return 0;
            case 'x':
                if (i + 2 > line.Length || !char.IsAsciiHexDigit(line[i]) || !char.IsAsciiHexDigit(line[i + 1]))
                {
                    throw new SyntaxException("escape '\\x' needs two hex digits");
                }

                var value = byte.Parse(line.AsSpan(i, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                i += 2;
                return value;
            default:
                throw new SyntaxException($"unknown escape '\\{e}' in string (known: \\\\ \\\" \\n \\t \\0 \\xHH)");
        }
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsIdentifierStart(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_';

    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || IsDigit(c);
}
