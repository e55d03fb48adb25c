using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model;

/// <summary>
/// The executable model behind <see cref="IKernel"/>: holds the current <see cref="KernelState"/> and
/// advances it with <see cref="Kernel.Step"/>. Not thread-safe; one caller at a time (the scenario
/// runner, a refinement monitor). A fresh instance is a fresh kernel.
/// <para>
/// Blocking (L-18, <see cref="Blocking"/>): a call whose step answers <see cref="Status.Blocked"/> gets a
/// task that is not complete yet, remembered under its waiter's id. After every call, the woken waiters
/// are retried in order (<see cref="Blocking.Take"/>, then a step of the waiter's call), inside that same
/// call, so a blocked call resumes inside the statement that wakes it: a retry that finishes completes its
/// task, one that blocks again keeps the task under its new waiter. A task nothing ever completes is
/// "blocked forever"; the model settles at once (every call has run as far as it can before
/// <see cref="InvokeAsync"/> returns), which is how the scenario runner tells it.
/// </para>
/// </summary>
public sealed class ModelKernel : IKernel
{
    private static readonly IReadOnlyDictionary<string, ulong> Bindings = new Dictionary<string, ulong>
    {
        ["root_vmar"] = KernelLayout.HandleValue(1),
        ["bti"] = KernelLayout.HandleValue(2),
        ["root_resource"] = KernelLayout.HandleValue(3),
    };

    /// <summary>The tasks of blocked calls, by the id of the waiter that stands for each.</summary>
    private readonly Dictionary<ulong, TaskCompletionSource<SyscallResult>> _blocked = [];

    /// <summary>How one call is stepped: <see cref="Kernel.Step"/>, or a wrapper (one that checks invariants after each step).</summary>
    private readonly Func<KernelState, ulong, Syscall, (KernelState State, SyscallResult Result)> _step;

    public ModelKernel()
        : this(KernelState.Fresh())
    {
    }

    public ModelKernel(KernelState state, Func<KernelState, ulong, Syscall, (KernelState State, SyscallResult Result)>? step = null)
    {
        State = state;
        _step = step ?? Kernel.Step;
    }

    /// <summary>The state after every call so far.</summary>
    public KernelState State { get; private set; }

    public ulong InitialProcess => KernelState.InitialProcessKoid;

    public IReadOnlyDictionary<string, ulong> InitialBindings => Bindings;

    /// <summary>Runs the call; the task is complete when returned unless the call blocked (then a later call may complete it).</summary>
    public Task<SyscallResult> InvokeAsync(ulong process, Syscall call)
    {
        var task = Run(_step(State, process, call), null);
        ResumeWoken();
        return task;
    }

    /// <summary>Runs the call synchronously; a call that blocks answers <see cref="Status.Blocked"/> (its waiter stays in the state).</summary>
    public SyscallResult Invoke(ulong process, Syscall call)
    {
        var task = InvokeAsync(process, call);
        return task.IsCompleted ? task.Result : Blocking.Blocked(0);
    }

    /// <summary>Takes a step's state; completes the call's task, or parks it under the new waiter.</summary>
    private Task<SyscallResult> Run((KernelState State, SyscallResult Result) step, TaskCompletionSource<SyscallResult>? pending)
    {
        State = step.State;
        var completion = pending ?? new TaskCompletionSource<SyscallResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (step.Result.Status == Status.Blocked && step.Result.Value is IntValue { Number: var waiter })
        {
            _blocked[waiter] = completion;
        }
        else
        {
            completion.SetResult(step.Result);
        }

        return completion.Task;
    }

    /// <summary>Retries every woken waiter, oldest first, until none is left woken.</summary>
    private void ResumeWoken()
    {
        while (Blocking.Woken(State) is [var waiter, ..])
        {
            _blocked.Remove(waiter, out var pending);
            var (state, woken) = Blocking.Take(State, waiter);
            Run(_step(state, woken.Process, woken.Call), pending);
        }
    }
}
