using System.Reflection;

namespace VmoKernel.Checks.Exploration.Traces;

/// <summary>
/// Which sources this checker was built from. A Coyote schedule is a list of choices; it only means the
/// same run against the same code, so a trace records <see cref="SourceDigest"/> (a hash of the sources
/// of every assembly a run executes, computed at build time by <c>SourceDigest.targets</c>). It does not
/// depend on the clone's path or the build configuration, so a trace replays in any clone of the same
/// sources, Debug or Release. <see cref="Release"/> and <see cref="Configuration"/> are recorded only to
/// tell a reader where a trace came from.
/// </summary>
public static class BuildIdentity
{
    private static readonly Assembly Checks = typeof(BuildIdentity).Assembly;

    /// <summary>The 64-hex-digit digest of the sources; "unknown" when the build did not embed one.</summary>
    public static string SourceDigest { get; } =
        Checks.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "SourceDigest")?.Value ?? "unknown";

    /// <summary>The release and commit, <c>1.0.0+767c6dcafa3d</c>.</summary>
    public static string Release { get; } = ShortRelease();

    /// <summary><c>Debug</c> or <c>Release</c>.</summary>
    public static string Configuration { get; } = Checks.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "unknown";

    private static string ShortRelease()
    {
        var release = Checks.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? Checks.GetName().Version?.ToString() ?? "0";
        var plus = release.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 && release.Length > plus + 13 ? release[..(plus + 13)] : release;
    }
}
