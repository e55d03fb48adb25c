using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;
using VmoKernel.Model;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// The model as a monitor steps it: one <see cref="Model.Kernel.Step"/> per kernel linearization, in that
/// order. Blocking (L-18) is paired by waiter: a kernel run that blocks linearizes with its own waiter id,
/// the model's step blocks under the model's id, and the pair is remembered. A woken model waiter is not
/// retried here (as <see cref="ModelKernel"/> would): the kernel's thread runs again later and linearizes
/// with <see cref="CallLinearizedNotification.Resumes"/>, and only then is the model's waiter taken and
/// its call stepped. So the model sees exactly the kernel's order, wakes included.
/// </summary>
public sealed class LinearizedModel
{
    /// <summary>Model waiter ids by the kernel waiter id they stand for.</summary>
    private readonly Dictionary<ulong, ulong> _waiters = [];

    public KernelState State { get; private set; } = KernelState.Fresh();

    /// <summary>
    /// Steps the notification's call; the model's result, or null with <paramref name="problem"/> when the
    /// kernel resumed a thread the model has not woken (or never saw blocked).
    /// </summary>
    public SyscallResult? Step(CallLinearizedNotification n, out string? problem)
    {
        problem = null;
        var state = State;
        if (n.Resumes is { } resumed)
        {
            if (!_waiters.Remove(resumed, out var waiter) || !state.Linux.Waiters.TryGetValue(waiter, out var blocked))
            {
                problem = $"the kernel resumed waiter {resumed}, which the model never saw blocked";
                return null;
            }

            if (!blocked.Woken)
            {
                problem = $"the kernel resumed waiter {resumed} (model waiter {waiter}) before any call woke it";
                return null;
            }

            state = Blocking.Take(state, waiter).State;
        }

        var (after, result) = Model.Kernel.Step(state, n.Process, n.Call);
        State = after;
        if (result.Status == Status.Blocked && n.Result.Status == Status.Blocked
            && result.Value is IntValue { Number: var model } && n.Result.Value is IntValue { Number: var kernel })
        {
            _waiters[kernel] = model;
        }

        return result;
    }

    /// <summary>Kernel waiters whose model waiter a call has woken: threads that must run again.</summary>
    public IEnumerable<ulong> WokenKernelWaiters() =>
        _waiters.Where(w => State.Linux.Waiters.TryGetValue(w.Value, out var waiter) && waiter.Woken).Select(w => w.Key);

    /// <summary>Whether two results agree on being blocked (their waiter ids are each kernel's own).</summary>
    public static bool BothBlocked(SyscallResult kernel, SyscallResult model) =>
        kernel.Status == Status.Blocked && model.Status == Status.Blocked;
}
