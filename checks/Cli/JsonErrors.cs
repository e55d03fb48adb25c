using System.Text.Json;
using System.Text.RegularExpressions;

namespace VmoKernel.Checks.Cli;

/// <summary>
/// A <see cref="JsonException"/> as a user reads it: <c>file:line:column: message</c> with 1-based
/// positions (System.Text.Json counts lines from 0) and no .NET type names or internal paths.
/// </summary>
public static partial class JsonErrors
{
    public static InputException Describe(string file, JsonException e)
    {
        var where = e.LineNumber is { } line ? $"{file}:{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : file;
        var message = PositionSuffix().Replace(e.Message.Split('\n')[0], "").Trim();
        message = TypeName().Replace(message, m => Friendly(m.Value));
        if (e.Path is { Length: > 1 } path)
        {
            message += $" (at {path})";
        }

        return new InputException($"{where}: {message}");
    }

    private static string Friendly(string typeName) => typeName switch
    {
        "System.String" => "a string",
        "System.Boolean" => "true or false",
        "System.Int32" or "System.UInt32" or "System.Int64" or "System.UInt64" or "System.Nullable`1[System.UInt32]" => "a whole number",
        _ when typeName.StartsWith("System.Collections", StringComparison.Ordinal) => "a list",
        _ => "a value of the expected kind",
    };

    [GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$")]
    private static partial Regex PositionSuffix();

    [GeneratedRegex(@"System\.[\w.`\[\]]+|VmoKernel\.[\w.]+")]
    private static partial Regex TypeName();
}
