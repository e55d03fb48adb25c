using VmoKernel.Checks.Scenarios.Running;
using VmoKernel.Model;

namespace VmoKernel.Checks.Scenarios;

/// <summary>
/// The seam between <c>checks scenario</c> and the kernels it runs scenarios on. The model always
/// runs; <c>--kernel</c> adds the actor kernel (<see cref="KernelScenarioHost"/>: each scenario inside
/// one Coyote schedule).
/// </summary>
public static class ScenarioHosts
{
    /// <summary>The executable model; one fresh <see cref="ModelKernel"/> per scenario, which may block (L-18).</summary>
    public static IScenarioHost Model { get; } = new KernelFactoryHost("model", () => new SettledModel());

    /// <summary>The actor kernel: each scenario runs as one Coyote schedule.</summary>
    public static IScenarioHost ActorKernel { get; } = new KernelScenarioHost();

    /// <summary>The hosts for one run: the model, and with <paramref name="withKernel"/> the actor kernel too.</summary>
    public static IReadOnlyList<IScenarioHost> For(bool withKernel) => withKernel ? [Model, ActorKernel] : [Model];

    /// <summary>As <see cref="For(bool)"/>, the model checking every invariant after every call (with <paramref name="faults"/> on) when <paramref name="checkInvariants"/>.</summary>
    public static IReadOnlyList<IScenarioHost> For(bool withKernel, bool checkInvariants, ModelFaults faults)
    {
        if (!checkInvariants)
        {
            return For(withKernel);
        }

        var model = new KernelFactoryHost("model", () => new InvariantCheckingModel(faults));
        return withKernel ? [model, ActorKernel] : [model];
    }
}
