using VmoKernel.Abi;
using VmoKernel.Model;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;

namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>
/// The executable model with every invariant of model/Invariants checked after every call (state
/// invariants on the new state, transition invariants on the step), optionally with seeded model bugs
/// switched on. A broken invariant ends the scenario as a failure of the call that broke it, with the
/// spec ID first; that is how a counterexample written by <c>checks exhaust</c> reproduces. Calls
/// block and are retried as in <see cref="ModelKernel"/> (L-18); each retry is checked too.
/// </summary>
public sealed class InvariantCheckingModel(ModelFaults faults) : IKernel, IBlockingKernel
{
    private readonly ModelKernel _model = new(KernelState.Fresh() with { Faults = faults }, CheckedStep);

    public ulong InitialProcess => KernelState.InitialProcessKoid;

    public IReadOnlyDictionary<string, ulong> InitialBindings => _model.InitialBindings;

    public Task<SyscallResult> InvokeAsync(ulong process, Syscall call) => _model.InvokeAsync(process, call);

    public Task SettleAsync() => Task.CompletedTask;

    private static (KernelState State, SyscallResult Result) CheckedStep(KernelState before, ulong process, Syscall call)
    {
        var (after, result) = Model.Kernel.Step(before, process, call);
        var broken = Transitions.Check(before, process, call, result, after).Concat(StateInvariants.Check(after)).FirstOrDefault();
        return broken is null ? (after, result) : throw new InvariantBrokenException(broken.Message);
    }
}
