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

    private static readonly FrozenDictionary<string, CallSignature> ByName =
        Calls.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>Every call, in name order.</summary>
    public static IReadOnlyList<CallSignature> All => Calls;

    public static bool TryGet(string name, out CallSignature signature) => ByName.TryGetValue(name, out signature!);
}
