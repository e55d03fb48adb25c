using VmoKernel.Abi;
using VmoKernel.Model;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;

namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>
/// The executable model with every invariant of model/Invariants checked after every call (state
/// invariants on the new state, transition invariants on the step), optionally with seeded model bugs
/// switched on. A broken invariant ends the scenario as a failure of the call that broke it, with the
/// spec ID first; that is how a counterexample written by <c>checks exhaust</c> reproduces.
/// </summary>
public sealed class InvariantCheckingModel(ModelFaults faults) : IKernel
{
    private KernelState _state = KernelState.Fresh() with { Faults = faults };

    public ulong InitialProcess => KernelState.InitialProcessKoid;

    public IReadOnlyDictionary<string, ulong> InitialBindings { get; } = new ModelKernel().InitialBindings;

    public Task<SyscallResult> InvokeAsync(ulong process, Syscall call)
    {
        var (after, result) = Model.Kernel.Step(_state, process, call);
        var broken = Transitions.Check(_state, process, call, result, after).Concat(StateInvariants.Check(after)).FirstOrDefault();
        _state = after;
        return broken is null ? Task.FromResult(result) : throw new InvariantBrokenException(broken.Message);
    }
}
