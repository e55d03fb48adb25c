using VmoKernel.Abi;

namespace VmoKernel.Checks.Scenarios.Syntax;

/// <summary>
/// One token of a scenario line. <see cref="Text"/> is the source text (for messages);
/// <see cref="Number"/> is set for integers (page suffix applied) and <see cref="Bytes"/> for strings.
/// </summary>
public sealed record Token(TokenKind Kind, string Text, ulong Number = 0, ByteString? Bytes = null)
{
    /// <summary>How the token is named in a message: its text in quotes, or "the end of the line".</summary>
    public string Describe() => Kind == TokenKind.EndOfLine ? "the end of the line" : $"'{Text}'";
}
