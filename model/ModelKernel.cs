using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model;

/// <summary>
/// The executable model behind <see cref="IKernel"/>: holds the current <see cref="KernelState"/> and
/// advances it with <see cref="Kernel.Step"/>. Not thread-safe; one caller at a time (the scenario
/// runner, a refinement monitor). A fresh instance is a fresh kernel.
/// </summary>
public sealed class ModelKernel : IKernel
{
    private static readonly IReadOnlyDictionary<string, ulong> Bindings = new Dictionary<string, ulong>
    {
        ["root_vmar"] = KernelLayout.HandleValue(1),
        ["bti"] = KernelLayout.HandleValue(2),
        ["root_resource"] = KernelLayout.HandleValue(3),
    };

    public ModelKernel()
        : this(KernelState.Fresh())
    {
    }

    public ModelKernel(KernelState state) => State = state;

    /// <summary>The state after every call so far.</summary>
    public KernelState State { get; private set; }

    public ulong InitialProcess => KernelState.InitialProcessKoid;

    public IReadOnlyDictionary<string, ulong> InitialBindings => Bindings;

    /// <summary>Runs the call synchronously; the task is already complete when returned.</summary>
    public Task<SyscallResult> InvokeAsync(ulong process, Syscall call) => Task.FromResult(Invoke(process, call));

    public SyscallResult Invoke(ulong process, Syscall call)
    {
        var (state, result) = Kernel.Step(State, process, call);
        State = state;
        return result;
    }
}
