using VmoKernel.Checks.Scenarios.Running;
using VmoKernel.Model;

namespace VmoKernel.Checks.Scenarios;

/// <summary>
/// The seam between <c>checks scenario</c> and the kernels it runs scenarios on. The model always
/// runs; <c>--kernel</c> adds the actor kernel (<see cref="KernelScenarioHost"/>: each scenario inside
/// one Coyote schedule), which the caller builds with its Coyote configuration.
/// </summary>
public static class ScenarioHosts
{
    /// <summary>The executable model; one fresh <see cref="ModelKernel"/> per scenario, which may block (L-18).</summary>
    public static IScenarioHost Model { get; } = new KernelFactoryHost("model", () => new SettledModel());

    /// <summary>
    /// The hosts for one run: the model (checking every invariant after every call, with <paramref name="faults"/>
    /// on, when <paramref name="checkInvariants"/>), then <paramref name="actorKernel"/> when given.
    /// </summary>
    public static IReadOnlyList<IScenarioHost> For(IScenarioHost? actorKernel, bool checkInvariants, ModelFaults faults)
    {
        var model = checkInvariants ? new KernelFactoryHost("model", () => new InvariantCheckingModel(faults)) : Model;
        return actorKernel is null ? [model] : [model, actorKernel];
    }
}
