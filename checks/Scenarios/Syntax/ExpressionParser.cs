using System.Collections.Immutable;

namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>
/// Parses expressions by precedence, loosest first: <c>|</c>, then <c>+ -</c>, then <c>*</c>
/// (all left to right), then postfix <c>.field</c> and <c>[i]</c>, then primaries.
/// </summary>
public static class ExpressionParser
{
    /// <summary>The byte-expression functions; no other name may be followed by '(' inside an expression.</summary>
    public static readonly ImmutableArray<string> BytesFunctions = ["zeros", "fill", "bytes", "cat"];

    /// <summary>Expressions nest at most this deep (operators in a chain count too), so checking and evaluating them cannot exhaust the stack.</summary>
    public const int MaxDepth = 100;

    public static Expr Parse(TokenCursor cursor) => Parse(cursor, 0);

    private static Expr Parse(TokenCursor cursor, int depth)
    {
        var left = ParseSum(cursor, Deeper(depth));
        while (cursor.Accept(TokenKind.Pipe))
        {
            depth = Deeper(depth);
            left = new BinaryExpr('|', left, ParseSum(cursor, depth));
        }

        return left;
    }

    private static Expr ParseSum(TokenCursor cursor, int depth)
    {
        var left = ParseProduct(cursor, depth);
        while (cursor.At(TokenKind.Plus) || cursor.At(TokenKind.Minus))
        {
            var op = cursor.Next().Text[0];
            depth = Deeper(depth);
            left = new BinaryExpr(op, left, ParseProduct(cursor, depth));
        }

        return left;
    }

    private static Expr ParseProduct(TokenCursor cursor, int depth)
    {
        var left = ParsePostfix(cursor, depth);
        while (cursor.Accept(TokenKind.Star))
        {
            depth = Deeper(depth);
            left = new BinaryExpr('*', left, ParsePostfix(cursor, depth));
        }

        return left;
    }

    private static Expr ParsePostfix(TokenCursor cursor, int depth)
    {
        var target = ParsePrimary(cursor, depth);
        while (true)
        {
            if (cursor.Accept(TokenKind.Dot))
            {
                depth = Deeper(depth);
                target = new FieldExpr(target, cursor.Expect(TokenKind.Identifier, "a field name after '.'").Text);
            }
            else if (cursor.Accept(TokenKind.LeftBracket))
            {
                depth = Deeper(depth);
                var index = Parse(cursor, depth);
                cursor.Expect(TokenKind.RightBracket, "']'");
                target = new IndexExpr(target, index);
            }
            else
            {
                return target;
            }
        }
    }

    private static int Deeper(int depth) =>
        depth < MaxDepth ? depth + 1 : throw new SyntaxException($"expression nested more than {MaxDepth} deep");

    private static Expr ParsePrimary(TokenCursor cursor, int depth)
    {
        var token = cursor.Peek;
        switch (token.Kind)
        {
            case TokenKind.Integer:
                cursor.Next();
                return new IntegerLiteral(token.Number, token.Text);
            case TokenKind.String:
                cursor.Next();
                return new StringLiteral(token.Bytes!);
            case TokenKind.Wildcard:
                cursor.Next();
                return new WildcardExpr();
            case TokenKind.Identifier:
                return ParseName(cursor, depth);
            case TokenKind.LeftParen:
                return ParseParenthesis(cursor, depth);
            case TokenKind.LeftBracket:
                cursor.Next();
                return new ListExpr(ParseList(cursor, TokenKind.RightBracket, "']'", depth));
            case TokenKind.LeftBrace:
                return ParseRecord(cursor, depth);
            default:
                throw new SyntaxException($"expected a value, found {token.Describe()}");
        }
    }

    private static Expr ParseName(TokenCursor cursor, int depth)
    {
        var name = cursor.Next().Text;
        if (!cursor.At(TokenKind.LeftParen))
        {
            return new NameExpr(name);
        }

        if (!BytesFunctions.Contains(name))
        {
            throw new SyntaxException($"'{name}(' inside an expression: only zeros, fill, bytes and cat may be called there (a call starts its own line)");
        }

        cursor.Next();
        return new BytesFunction(name, ParseList(cursor, TokenKind.RightParen, "')'", depth));
    }

    /// <summary><c>(e)</c> groups; <c>(a, b)</c> is a tuple, a two-element list.</summary>
    private static Expr ParseParenthesis(TokenCursor cursor, int depth)
    {
        cursor.Next();
        var first = Parse(cursor, depth);
        if (cursor.Accept(TokenKind.RightParen))
        {
            return first;
        }

        cursor.Expect(TokenKind.Comma, "',' or ')'");
        var second = Parse(cursor, depth);
        if (cursor.At(TokenKind.Comma))
        {
            throw new SyntaxException("a tuple (a, b) has exactly two elements; write a list [a, b, c] for more");
        }

        cursor.Expect(TokenKind.RightParen, "')' to close the tuple");
        return new ListExpr([first, second]);
    }

    private static ImmutableArray<Expr> ParseList(TokenCursor cursor, TokenKind close, string closeText, int depth)
    {
        var items = ImmutableArray.CreateBuilder<Expr>();
        if (cursor.Accept(close))
        {
            return items.ToImmutable();
        }

        do
        {
            items.Add(Parse(cursor, depth));
        }
        while (cursor.Accept(TokenKind.Comma));

        cursor.Expect(close, $"',' or {closeText}");
        return items.ToImmutable();
    }

    private static RecordExpr ParseRecord(TokenCursor cursor, int depth)
    {
        cursor.Next();
        var fields = ImmutableArray.CreateBuilder<RecordFieldExpr>();
        if (cursor.Accept(TokenKind.RightBrace))
        {
            return new RecordExpr(fields.ToImmutable());
        }

        do
        {
            var name = cursor.Expect(TokenKind.Identifier, "a field name").Text;
            if (fields.Any(f => f.Name == name))
            {
                throw new SyntaxException($"field '{name}' appears twice in the record");
            }

            cursor.Expect(TokenKind.Colon, $"':' after field '{name}'");
            fields.Add(new RecordFieldExpr(name, Parse(cursor, depth)));
        }
        while (cursor.Accept(TokenKind.Comma));

        cursor.Expect(TokenKind.RightBrace, "',' or '}'");
        return new RecordExpr(fields.ToImmutable());
    }
}
