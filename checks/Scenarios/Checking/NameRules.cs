using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Checks.Scenarios.Checking;

/// <summary>
/// The names every scenario starts with and the names it may not rebind. The runner binds the
/// same initial names from <see cref="IKernel.InitialBindings"/> and <see cref="IKernel.InitialProcess"/>.
/// </summary>
public static class NameRules
{
    /// <summary>The name of the first process, bound to <see cref="IKernel.InitialProcess"/>.</summary>
    public const string InitialProcess = "p0";

    /// <summary><c>U64_MAX</c> = 2^64 - 1, the one constant that is not a kernel name.</summary>
    public const string U64Max = "U64_MAX";

    /// <summary>Handles of a fresh kernel (docs/design-notes.md, "A fresh kernel").</summary>
    public static readonly ImmutableArray<string> InitialHandles = ["root_vmar", "bti", "root_resource"];

    /// <summary>The pressure levels <c>reclaim</c> accepts, by name.</summary>
    public static readonly ImmutableArray<string> PressureLevels = ["NORMAL", "WARNING", "CRITICAL", "ALMOST_OOM", "OOM"];

    public static bool IsConstant(string name) => name == U64Max || KernelConstants.TryGet(name, out _);

    /// <summary>Why <paramref name="name"/> cannot be bound, or null when it can.</summary>
    public static string? WhyNotBindable(string name)
    {
        if (LineParser.Keywords.Contains(name))
        {
            return $"'{name}' is a keyword";
        }

        if (ExpressionParser.BytesFunctions.Contains(name))
        {
            return $"'{name}' is a byte expression";
        }

        return IsConstant(name) ? $"'{name}' is a constant" : null;
    }

    /// <summary>Kernel names are upper case; a mistyped one gets "unknown constant", a lower-case one "unknown name".</summary>
    public static bool LooksLikeConstant(string name) =>
        name.Any(char.IsAsciiLetterUpper) && !name.Any(char.IsAsciiLetterLower);
}
