using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Scenarios.Running;
using VmoKernel.Model;

namespace VmoKernel.Checks.Scenarios;

/// <summary>
/// The seam between <c>checks scenario</c> and the kernels it runs scenarios on. The model always
/// runs; <c>--kernel</c> adds the actor kernel. The kernel issue plugs its host in here (an
/// <see cref="IScenarioHost"/> that runs each scenario inside one Coyote schedule, or a
/// <see cref="KernelFactoryHost"/> over an <c>IKernel</c> adapter) and nothing else changes.
/// </summary>
public static class ScenarioHosts
{
    /// <summary>The executable model; one fresh <see cref="ModelKernel"/> per scenario.</summary>
    public static IScenarioHost Model { get; } = new KernelFactoryHost("model", () => new ModelKernel());

    /// <summary>The actor kernel, or null while it does not exist yet.</summary>
    public static IScenarioHost? ActorKernel => null;

    /// <summary>The hosts for one run: the model, and with <paramref name="withKernel"/> the actor kernel too.</summary>
    /// <exception cref="InputException">The actor kernel was asked for but is not available.</exception>
    public static IReadOnlyList<IScenarioHost> For(bool withKernel)
    {
        if (!withKernel)
        {
            return [Model];
        }

        return ActorKernel is { } kernel
            ? [Model, kernel]
            : throw new InputException("--kernel: the actor kernel is not available yet");
    }
}
