using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// Who may learn what about a process (spec/getinfo.md, INV-GETINFO-03): a process reads every fact
/// of itself and of the processes it created, transitively (the <see cref="ProcessState.Creator"/>
/// chain); of any other process only its koid. process_madvise uses the same test for the target's
/// VM facts (INV-INFO-13, EPERM).
/// </summary>
public static class ProcessAccess
{
    /// <summary>True when <paramref name="caller"/> is <paramref name="target"/> or one of its creators.</summary>
    public static bool MayReadAll(KernelState state, ulong caller, ulong target)
    {
        var current = target;

        // Creators form a chain towards p0; the step bound only guards against a malformed state.
        for (var steps = 0; steps <= state.Processes.Count && state.Processes.TryGetValue(current, out var p); steps++)
        {
            if (current == caller)
            {
                return true;
            }

            current = p.Creator;
        }

        return false;
    }

    /// <summary>The requested fact bits the caller may not read about the target (0 when all are readable).</summary>
    public static ulong DeniedFacts(KernelState state, ulong caller, ulong target, ulong mask) =>
        MayReadAll(state, caller, target) ? 0 : mask & ~ProcessInfoOptions.Koid;
}
