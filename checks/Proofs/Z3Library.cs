using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// Loads the native solver once per process. On Linux the managed Microsoft.Z3 API asks for "libz3";
/// the resolver hands it <c>libz3shim.so</c> (checks/Native), which adds the one export Debian's
/// libz3 4.8.12 lacks and depends on the system libz3 for every other symbol. Elsewhere the package's
/// own native library is used. After <see cref="EnsureLoaded"/> returns, a <see cref="Context"/> can be
/// created; if it throws <see cref="SolverUnavailableException"/>, nothing else in this namespace works.
/// <para>
/// The build makes the shim (checks/Native/Z3Shim.targets). If a build without that target left no
/// shim beside the assembly (another project's build in a shared tree, an IDE), the shim is compiled
/// once with gcc from the repository's checks/Native/z3shim.c into a cache directory named by the
/// source's hash; so a stale or missing build output never silently disables the proofs.
/// </para>
/// </summary>
public static class Z3Library
{
    public const string ShimFileName = "libz3shim.so";

    private static readonly Lazy<string?> LoadError = new(TryLoad, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Throws <see cref="SolverUnavailableException"/> with a one-line reason if the solver cannot run.</summary>
    public static void EnsureLoaded()
    {
        if (LoadError.Value is { } error)
        {
            throw new SolverUnavailableException(error);
        }
    }

    private static string? TryLoad()
    {
        if (OperatingSystem.IsLinux())
        {
            var shim = FindShim() ?? CompileShim();
            if (shim is null)
            {
                return $"Z3 native library not found: {ShimFileName} is missing beside checks.dll (install gcc and libz3-dev with .ci/install-deps.sh, then rebuild)";
            }

            if (!NativeLibrary.TryLoad(shim, out var handle))
            {
                return $"Z3 native library {shim} cannot be loaded (is libz3 installed? run .ci/install-deps.sh)";
            }

            NativeLibrary.SetDllImportResolver(typeof(Context).Assembly, (name, _, _) => name == "libz3" ? handle : IntPtr.Zero);
        }

        try
        {
            using var probe = new Context();
            using var solver = probe.MkSolver();
            solver.Assert(probe.MkTrue());
            return solver.Check() == Status.SATISFIABLE ? null : "Z3 native library loaded but failed a trivial check";
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or TypeInitializationException)
        {
            return $"Z3 native library cannot be used: {e.Message.Split('\n')[0].Trim()}";
        }
    }

    private static string? CompileShim()
    {
        var source = FindSource();
        if (source is null)
        {
            return null;
        }

        var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(source)))[..12].ToLowerInvariant();
        var directory = Path.Combine(Path.GetTempPath(), "vmo-kernel-model-z3shim");
        var target = Path.Combine(directory, $"libz3shim-{hash}.so");
        if (File.Exists(target))
        {
            return target;
        }

        try
        {
            Directory.CreateDirectory(directory);
            var partial = $"{target}.{Environment.ProcessId}.tmp";
            var gcc = Process.Start(new ProcessStartInfo("gcc", ["-shared", "-fPIC", "-O2", "-o", partial, source, "-Wl,--no-as-needed", "-lz3"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            });
            if (gcc is null || !gcc.WaitForExit(60_000) || gcc.ExitCode != 0)
            {
                return null;
            }

            // Concurrent test processes may race here; the rename makes whichever finishes last win whole.
            File.Move(partial, target, overwrite: true);
            return target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string? FindSource()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "checks", "Native", "z3shim.c");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? FindShim()
    {
        string?[] directories = [AppContext.BaseDirectory, Path.GetDirectoryName(typeof(Z3Library).Assembly.Location)];
        return directories
            .Where(d => !string.IsNullOrEmpty(d))
            .Select(d => Path.Combine(d!, ShimFileName))
            .FirstOrDefault(File.Exists);
    }
}
