using VmoKernel.Abi;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Fidelity;

/// <summary>One call of a generated sequence: what the oracle predicted (null: not covered) and what the model said.</summary>
public sealed record FidelityCall(Syscall Call, Status? Predicted, SyscallResult Actual, Disagreement? Disagreement);

/// <summary>
/// Runs a generated sequence on the model from a fresh kernel, asking the check-order oracle for each
/// call's status first and feeding it the outcome afterwards, and returns every call with its verdict.
/// </summary>
public static class FidelityRun
{
    public static IReadOnlyList<FidelityCall> Run(IEnumerable<FidelityStep> steps)
    {
        var script = new KernelScript();
        var world = new OracleWorldState(KernelScript.Bti);
        var calls = new List<FidelityCall>();
        foreach (var step in steps)
        {
            var call = step.Resolve(world.HandleValues);
            var predicted = CheckOrderOracle.Predict(world, call);
            var result = script.Call(call);
            var disagreement = predicted is { } p && p != result.Status ? Disagreement.Of(world, call, p, result.Status) : null;
            calls.Add(new FidelityCall(call, predicted, result, disagreement));
            OracleEffects.Observe(world, call, result, handle => RightsOf(script, handle));
        }

        return calls;
    }

    /// <summary>A new handle's rights, as zx_object_get_info(ZX_INFO_HANDLE_BASIC) reports them.</summary>
    private static Rights RightsOf(KernelScript script, uint handle) =>
        (Rights)((IntValue)script.Record(new ObjectGetInfo(handle, InfoTopic.HandleBasic))["rights"]!).Number;
}
