using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace VmoKernel.Checks.Exploration.Traces;

/// <summary>
/// Which build of the checker and kernel recorded a schedule. A Coyote schedule is a list of choices; it
/// only means the same run against the same code, so the version names the release and a hash of the
/// module IDs of every assembly a run executes (deterministic builds change them exactly when code changes).
/// </summary>
public static class ToolVersion
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var checks = typeof(ToolVersion).Assembly;
        var release = checks.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? checks.GetName().Version?.ToString() ?? "0";
        var plus = release.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0 && release.Length > plus + 13)
        {
            release = release[..(plus + 13)];
        }

        var modules = checks.GetReferencedAssemblies()
            .Where(a => a.Name is not null && a.Name.StartsWith("VmoKernel.", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .Append(checks)
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
            .Select(a => $"{a.GetName().Name}:{a.ManifestModule.ModuleVersionId}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", modules)));
        return $"{release}/{Convert.ToHexStringLower(hash)[..12]}";
    }
}
