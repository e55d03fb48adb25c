using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Checking;

namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>
/// The names bound while one scenario runs, starting from a fresh kernel's: <c>root_vmar</c>,
/// <c>bti</c>, <c>root_resource</c> (<see cref="IKernel.InitialBindings"/>) and <c>p0</c>
/// (<see cref="IKernel.InitialProcess"/>), and the current process.
/// </summary>
public sealed class ScenarioEnvironment
{
    private readonly Dictionary<string, Value> _names = new(StringComparer.Ordinal);

    public ScenarioEnvironment(IKernel kernel)
    {
        foreach (var (name, handle) in kernel.InitialBindings)
        {
            _names[name] = Value.Int(handle);
        }

        _names[NameRules.InitialProcess] = Value.Int(kernel.InitialProcess);
        CurrentProcess = kernel.InitialProcess;
    }

    /// <summary>The koid of the process the next call runs as.</summary>
    public ulong CurrentProcess { get; set; }

    public void Bind(string name, Value value) => _names[name] = value;

    public bool TryLookup(string name, out Value value) => _names.TryGetValue(name, out value!);
}
