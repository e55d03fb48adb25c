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
public sealed class ActorKernel : IKernel
{
    private readonly IActorRuntime _runtime;

    internal ActorKernel(IActorRuntime runtime, ActorId router, ulong initialProcess, IReadOnlyDictionary<string, ulong> bindings)
    {
        _runtime = runtime;
        Router = router;
        InitialProcess = initialProcess;
        InitialBindings = bindings;
    }

    /// <summary>The actor that accepts <see cref="SyscallRequestEvent"/>s.</summary>
    public ActorId Router { get; }

    public ulong InitialProcess { get; }

    public IReadOnlyDictionary<string, ulong> InitialBindings { get; }

    public async Task<SyscallResult> InvokeAsync(ulong process, Syscall call)
    {
        var completion = new AwaitableEventGroup<SyscallResult>();
        _runtime.SendEvent(Router, new SyscallRequestEvent(process, call), completion);
        return await completion;
    }
}
