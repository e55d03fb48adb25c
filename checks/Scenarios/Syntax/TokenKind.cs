namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>The kinds of token a scenario line is made of (scenario-language.md, "Lexical").</summary>
public enum TokenKind
{
    Identifier,
    Wildcard,
    Integer,
    String,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    Comma,
    Colon,
    Dot,
    Equals,
    Arrow,
    Plus,
    Minus,
    Star,
    Pipe,

    /// <summary>The end of the line (a comment, if any, has been dropped).</summary>
    EndOfLine,
}
