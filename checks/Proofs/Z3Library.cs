using System.Runtime.InteropServices;
using Microsoft.Z3;

namespace VmoKernel.Checks.Proofs;

/// <summary>
/// Loads the native solver once per process. On Linux the managed Microsoft.Z3 API asks for "libz3";
/// the resolver hands it <c>libz3shim.so</c> (checks/Proofs/Native), which adds the one export Debian's
/// libz3 4.8.12 lacks and depends on the system libz3 for every other symbol. Elsewhere the package's
/// own native library is used. After <see cref="EnsureLoaded"/> returns, a <see cref="Context"/> can be
/// created; if it throws <see cref="SolverUnavailableException"/>, nothing else in this namespace works.
/// <para>
/// Only the build makes the shim (checks/Proofs/Native/Z3Shim.targets, copied beside every assembly
/// that references Proofs). There is no run-time compiler fallback: a missing shim is reported in one
/// line naming the fix, never compiled behind the user's back into a temporary folder.
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
            var shim = FindShim();
            if (shim is null)
            {
                return $"Z3 native library not found: {ShimFileName} is missing beside {Path.GetFileName(typeof(Z3Library).Assembly.Location)} (install gcc and libz3-dev with .ci/install-deps.sh, then rebuild)";
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

    private static string? FindShim()
    {
        string?[] directories = [AppContext.BaseDirectory, Path.GetDirectoryName(typeof(Z3Library).Assembly.Location)];
        return directories
            .Where(d => !string.IsNullOrEmpty(d))
            .Select(d => Path.Combine(d!, ShimFileName))
            .FirstOrDefault(File.Exists);
    }
}
