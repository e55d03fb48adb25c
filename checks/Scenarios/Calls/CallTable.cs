using System.Collections.Frozen;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Scenarios.Calls;

/// <summary>
/// Every call a scenario may write: one <see cref="CallSignature"/> per declaration in the syscall
/// catalogue (abi/Syscalls), so the scenario language knows a call exactly when both kernels do.
/// A call that is not here is an error in the scenario.
/// </summary>
public static class CallTable
{
    private static readonly CallSignature[] Calls = [.. SyscallCatalogue.All.Select(d => new CallSignature(d))];

    private static readonly FrozenDictionary<string, CallSignature[]> ByName = Calls
        .GroupBy(c => c.Name, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderBy(c => c.Parameters.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>Every call, in name order.</summary>
    public static IReadOnlyList<CallSignature> All => Calls;

    /// <summary>The form of <paramref name="name"/> taking <paramref name="arity"/> arguments (process_madvise has two).</summary>
    public static bool TryGet(string name, int arity, out CallSignature signature)
    {
        signature = Named(name).FirstOrDefault(c => c.Parameters.Length == arity)!;
        return signature is not null;
    }

    /// <summary>Every form of <paramref name="name"/>, fewest parameters first; empty for an unknown call.</summary>
    public static IReadOnlyList<CallSignature> Named(string name) => ByName.TryGetValue(name, out var forms) ? forms : [];
}
