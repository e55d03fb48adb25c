using System.Collections.Immutable;
using System.Text;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>
/// Parses one line of a scenario file (scenario-language.md, "Structure"). Only the shape is checked
/// here; names, calls and argument counts are checked by the checker, which sees the whole scenario.
/// </summary>
public static class LineParser
{
    /// <summary>Words that start a structural line or statement; none may be bound as a name.</summary>
    public static readonly ImmutableArray<string> Keywords = ["scenario", "source", "end", "process", "spawn", "join"];

    /// <summary>Returns null for a blank or comment-only line.</summary>
    public static ScenarioLine? Parse(string text, int line)
    {
        var cursor = new TokenCursor(Lexer.Tokenize(text));
        if (cursor.At(TokenKind.EndOfLine))
        {
            return null;
        }

        var first = cursor.Peek;
        if (first.Kind != TokenKind.Identifier)
        {
            throw new SyntaxException($"expected a statement, found {first.Describe()}");
        }

        ScenarioLine result = first.Text switch
        {
            "scenario" => new ScenarioOpenLine(ReadQuoted(cursor, "scenario", "the scenario's name")),
            "source" => new SourceLine(ReadQuoted(cursor, "source", "the source in quotes")),
            "end" => ReadEnd(cursor),
            "process" => new StatementLine(ReadProcess(cursor, line)),
            "spawn" => new StatementLine(ReadSpawn(cursor, line)),
            "join" => new StatementLine(ReadJoin(cursor, line)),
            _ => new StatementLine(ReadCallStatement(cursor, line)),
        };
        cursor.ExpectEndOfLine(AfterWhat(result));
        return result;
    }

    private static string ReadQuoted(TokenCursor cursor, string keyword, string what)
    {
        cursor.Next();
        var token = cursor.Expect(TokenKind.String, $"{what} after '{keyword}'");
        return Encoding.UTF8.GetString(token.Bytes!.Bytes.AsSpan());
    }

    private static EndLine ReadEnd(TokenCursor cursor)
    {
        cursor.Next();
        return new EndLine();
    }

    private static ProcessStatement ReadProcess(TokenCursor cursor, int line)
    {
        cursor.Next();
        return new ProcessStatement(line, cursor.Expect(TokenKind.Identifier, "a process name after 'process'").Text);
    }

    private static SpawnStatement ReadSpawn(TokenCursor cursor, int line)
    {
        cursor.Next();
        var thread = cursor.Expect(TokenKind.Identifier, "a thread name after 'spawn'").Text;
        cursor.Expect(TokenKind.Colon, $"':' after 'spawn {thread}'");
        return new SpawnStatement(line, thread, ReadCall(cursor));
    }

    private static JoinStatement ReadJoin(TokenCursor cursor, int line)
    {
        cursor.Next();
        var thread = cursor.Expect(TokenKind.Identifier, "a thread name after 'join'").Text;
        return new JoinStatement(line, thread, ReadExpectation(cursor));
    }

    private static CallStatement ReadCallStatement(TokenCursor cursor, int line)
    {
        string? binding = null;
        if (cursor.PeekAt(1).Kind == TokenKind.Equals)
        {
            binding = cursor.Next().Text;
            cursor.Next();
        }
        else if (cursor.PeekAt(1).Kind != TokenKind.LeftParen)
        {
            throw new SyntaxException($"expected a call 'NAME(ARGS) => STATUS' or a binding 'NAME = CALL(ARGS) => STATUS', found '{cursor.Peek.Text}' followed by {cursor.PeekAt(1).Describe()}");
        }

        var call = ReadCall(cursor);
        return new CallStatement(line, binding, call, ReadExpectation(cursor));
    }

    private static CallSite ReadCall(TokenCursor cursor)
    {
        var name = cursor.Expect(TokenKind.Identifier, "a call").Text;
        cursor.Expect(TokenKind.LeftParen, $"'(' after '{name}'");
        var arguments = ImmutableArray.CreateBuilder<Expr>();
        if (!cursor.Accept(TokenKind.RightParen))
        {
            do
            {
                arguments.Add(ExpressionParser.Parse(cursor));
            }
            while (cursor.Accept(TokenKind.Comma));

            cursor.Expect(TokenKind.RightParen, $"',' or ')' in the arguments of '{name}'");
        }

        return new CallSite(name, arguments.ToImmutable());
    }

    private static Expectation ReadExpectation(TokenCursor cursor)
    {
        cursor.Expect(TokenKind.Arrow, "'=>' and the expected status");
        var name = cursor.Expect(TokenKind.Identifier, "a status after '=>'").Text;
        if (!StatusNames.TryParse(name, out var status))
        {
            throw new SyntaxException($"unknown status '{name}'");
        }

        var value = cursor.At(TokenKind.EndOfLine) ? null : ExpressionParser.Parse(cursor);
        return new Expectation(status, value);
    }

    private static string AfterWhat(ScenarioLine line) => line switch
    {
        ScenarioOpenLine => "the scenario's name",
        SourceLine => "the source",
        EndLine => "'end'",
        StatementLine { Statement: ProcessStatement } => "the process name",
        _ => "the statement",
    };
}
