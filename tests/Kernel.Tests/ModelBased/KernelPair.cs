using Microsoft.Coyote.Actors;
using Microsoft.Coyote.Logging;
using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Kernel;
using VmoKernel.Model;

namespace VmoKernel.Tests.Kernel.ModelBased;

/// <summary>
/// The system under test of the model-based test: a fresh actor kernel on Coyote's production runtime
/// (calls made one at a time, so each is answered before the next is made) and a fresh model stepped in
/// lockstep. <see cref="Step"/> makes one call on both and says how their answers differ, if they do;
/// physical addresses are compared up to a one-to-one renaming (<see cref="PhysicalAddressRenaming"/>).
/// </summary>
public sealed class KernelPair : IDisposable
{
    private readonly IActorRuntime _runtime;
    private readonly ActorKernel _kernel;
    private readonly ModelKernel _model = new();
    private readonly PhysicalAddressRenaming _renaming = new();

    // An exception inside an actor halts the runtime without answering the call: it ends the wait at once.
    private readonly TaskCompletionSource<Exception> _failure = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public KernelPair()
        : this(SeededBugSet.None)
    {
    }

    /// <summary>A pair whose kernel has <paramref name="bugs"/> switched on (the must-fail twins).</summary>
    public KernelPair(SeededBugSet bugs)
    {
        _runtime = RuntimeFactory.Create(CoyoteConfigurations.ForUncontrolledRuntime(monitors: false));
        _runtime.Logger = new TextWriterLogger(TextWriter.Null, VerbosityLevel.None);
        _runtime.OnFailure += e => _failure.TrySetResult(e);
        _kernel = KernelHost.Start(_runtime, new KernelOptions { Bugs = bugs });
    }

    /// <summary>The koid (for Linux calls, the pid) of the process every <see cref="Step"/> calls from.</summary>
    public ulong InitialProcess => _kernel.InitialProcess;

    /// <summary>The kernel's answer to the last <see cref="Step"/> it answered.</summary>
    public SyscallResult? LastKernelResult { get; private set; }

    /// <summary>Null when kernel and model answer alike; otherwise both answers.</summary>
    public string? Step(Syscall call)
    {
        // Task.Run: the kernel's continuations must not need the test thread's synchronization context.
        var answer = Task.Run(() => _kernel.InvokeAsync(_kernel.InitialProcess, call));
        var first = Task.WaitAny([answer, _failure.Task], TimeSpan.FromSeconds(10));
        if (first == 1)
        {
            return $"{call}: the actor kernel failed: {_failure.Task.Result.GetBaseException().Message}";
        }

        if (first == -1)
        {
            return $"{call}: the actor kernel did not answer within 10 s";
        }

        LastKernelResult = answer.Result;
        var expected = _model.Invoke(_model.InitialProcess, call);
        return _renaming.Compare(_model.InitialProcess, call, answer.Result, expected) is { } difference
            ? $"{call}: kernel {answer.Result}, model {expected} ({difference})"
            : null;
    }

    public void Dispose() => (_runtime as IDisposable)?.Dispose();
}
