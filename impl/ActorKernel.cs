using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel.Events;

namespace VmoKernel.Kernel;

/// <summary>
/// A running actor kernel seen as an <see cref="IKernel"/>. <see cref="InvokeAsync"/> sends a
/// <see cref="SyscallRequestEvent"/> to <see cref="Router"/> in an <see cref="AwaitableEventGroup{T}"/>
/// and completes when the kernel answers. Harness actors may instead send the request event themselves
/// with a <c>ReplyTo</c> and receive a <see cref="SyscallResponseEvent"/>. Calls may be issued
/// concurrently, from several processes or several "threads" of one process.
/// </summary>
public sealed class ActorKernel : IKernel, IBlockingKernel
{
    private readonly IActorRuntime _runtime;
    private readonly State.KernelDirectory _directory;
    private readonly State.CallsInFlight _inFlight;

    internal ActorKernel(IActorRuntime runtime, State.KernelDirectory directory, ulong initialProcess, IReadOnlyDictionary<string, ulong> bindings)
    {
        _runtime = runtime;
        _directory = directory;
        _inFlight = directory.InFlight;
        Router = directory.Router;
        InitialProcess = initialProcess;
        InitialBindings = bindings;
    }

    /// <summary>The actor that accepts <see cref="SyscallRequestEvent"/>s.</summary>
    public ActorId Router { get; }

    public ulong InitialProcess { get; }

    public IReadOnlyDictionary<string, ulong> InitialBindings { get; }

    public Task<SyscallResult> InvokeAsync(ulong process, Syscall call)
    {
        // Counted as sent before the router sees it, so the kernel never looks settled while a request is on its way.
        _inFlight.Sent();
        var completion = new AwaitableEventGroup<SyscallResult>();
        _runtime.SendEvent(Router, new SyscallRequestEvent(process, call), completion);
        return completion.Task;
    }

    /// <summary>
    /// Completes once every call made through <see cref="InvokeAsync"/> has been answered or is blocked
    /// waiting for a wake (L-18): a call still incomplete then is blocked until some later call wakes it.
    /// </summary>
    public Task SettleAsync() => _inFlight.SettleAsync();

    /// <summary>
    /// The kernel as it is now, every actor and state, for <see cref="KernelHost.Boot"/>. Taken only while no call
    /// is on its way, running or blocked (a blocked call's thread could not be booted), and only once the actors
    /// have handled what they were sent: under Coyote, after the run that made the calls has ended.
    /// <paramref name="firstFreeId"/> is an actor id value the runtime had not yet used when the calls ended: a
    /// booted kernel leaves every value below it unused, so no id an old state still holds names a new actor.
    /// </summary>
    public Boot.KernelImage CaptureImage(ulong firstFreeId)
    {
        if (!_inFlight.Idle)
        {
            throw new InvalidOperationException("a kernel image is taken only while no call is in flight or blocked");
        }

        return new Boot.KernelImage(_directory.Census.Take(), _directory, InitialProcess, InitialBindings, firstFreeId);
    }
}
