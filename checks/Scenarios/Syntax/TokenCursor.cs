namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>A position in one line's tokens; the last token is always <see cref="TokenKind.EndOfLine"/>.</summary>
public sealed class TokenCursor(IReadOnlyList<Token> tokens)
{
    private int _index;

    public Token Peek => tokens[_index];

    public Token PeekAt(int ahead) => tokens[Math.Min(_index + ahead, tokens.Count - 1)];

    public bool At(TokenKind kind) => Peek.Kind == kind;

    public Token Next()
    {
        var token = tokens[_index];
        if (token.Kind != TokenKind.EndOfLine)
        {
            _index++;
        }

        return token;
    }

    /// <summary>Consumes the next token if it has this kind.</summary>
    public bool Accept(TokenKind kind)
    {
        if (!At(kind))
        {
            return false;
        }

        Next();
        return true;
    }

    /// <summary>Consumes a token of this kind or fails with "expected WHAT, found ...".</summary>
    public Token Expect(TokenKind kind, string what)
    {
        if (!At(kind))
        {
            throw new SyntaxException($"expected {what}, found {Peek.Describe()}");
        }

        return Next();
    }

    /// <summary>Fails unless the whole line has been consumed.</summary>
    public void ExpectEndOfLine(string after)
    {
        if (!At(TokenKind.EndOfLine))
        {
            throw new SyntaxException($"unexpected {Peek.Describe()} after {after}");
        }
    }
}
