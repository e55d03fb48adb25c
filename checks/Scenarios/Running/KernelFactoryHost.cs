using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>
/// Runs each scenario on the thread that asks, against a kernel from <paramref name="newKernel"/>
/// (called once per scenario, so every scenario starts fresh). Right for a kernel whose calls need
/// no scheduler, such as the model.
/// </summary>
public sealed class KernelFactoryHost(string name, Func<IKernel> newKernel) : IScenarioHost
{
    public string Name => name;

    public IReadOnlyList<StatementFailure> Run(ScenarioDefinition scenario) =>
        ScenarioRunner.RunAsync(scenario, newKernel()).GetAwaiter().GetResult();
}
