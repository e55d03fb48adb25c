using VmoKernel.Abi;
using VmoKernel.Model;

namespace VmoKernel.Tests.Scenario.Report;

/// <summary>
/// The model with one deliberate bug: <paramref name="answer"/> sees every call and either answers it
/// itself (the bug) or returns null to let the model answer. Scenario twins run a scenario on it to
/// show the scenario's expectations catch the bug.
/// </summary>
public sealed class BrokenKernel(Func<ModelKernel, ulong, Syscall, SyscallResult?> answer) : IKernel
{
    private readonly ModelKernel _model = new();

    public ulong InitialProcess => _model.InitialProcess;

    public IReadOnlyDictionary<string, ulong> InitialBindings => _model.InitialBindings;

    public Task<SyscallResult> InvokeAsync(ulong process, Syscall call) =>
        Task.FromResult(answer(_model, process, call) ?? _model.Invoke(process, call));
}
