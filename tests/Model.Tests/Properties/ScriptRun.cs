using VmoKernel.Abi;
using VmoKernel.Model;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Model.Properties;

/// <summary>One step of a script run: the state before, who called what, the result and the state after.</summary>
public sealed record ScriptStep(KernelState Before, ulong Process, Syscall Call, SyscallResult Result, KernelState After);

/// <summary>Runs a <see cref="CallScript"/> through the model from a fresh kernel, keeping every step.</summary>
public static class ScriptRun
{
    public static IReadOnlyList<ScriptStep> Run(CallScript script)
    {
        var steps = new List<ScriptStep>();
        var state = KernelState.Fresh();
        foreach (var template in script.Calls)
        {
            var (process, call) = template.Materialize(state);
            var (after, result) = Kernel.Step(state, process, call);
            steps.Add(new ScriptStep(state, process, call, result, after));
            state = after;
        }

        return steps;
    }

    public static bool NearTop(CallTemplate t) => t.A >= 1UL << 63 || t.B >= 1UL << 63 || t.C >= 1UL << 63;

    public static bool HasPins(ScriptStep s) => !s.After.Pmts.IsEmpty;

    public static bool HasDiscarded(ScriptStep s) => s.After.Vmos.Values.Any(v => v.Discard.Discarded);

    public static bool IsDocumentedException(ScriptStep s) =>
        (s.Call is VmoTransferData && s.Result.Status == Status.ZxErrNoMemory)
        || (s.Call is HandleReplace && s.Result.Status == Status.ZxErrInvalidArgs);
}
