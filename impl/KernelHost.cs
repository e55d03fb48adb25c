using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel.Actors;
using VmoKernel.Kernel.Events;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel;

/// <summary>
/// Starts an actor kernel on a Coyote runtime: a fresh kernel as the design notes describe it (p0 = koid
/// 1024 with handles root_vmar, bti and root_resource; 1,048,576 free frames; pressure NORMAL).
/// </summary>
public static class KernelHost
{
    public static ActorKernel Start(IActorRuntime runtime, KernelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        options ??= KernelOptions.Default;
        var directory = new KernelDirectory(
            runtime.CreateActorId(typeof(SyscallRouterActor), "router"),
            runtime.CreateActorId(typeof(ReclaimerActor), "reclaimer"),
            runtime.CreateActorId(typeof(PhysicalMemoryActor), "physical-memory"),
            runtime.CreateActorId(typeof(KoidAllocatorActor), "koids"),
            runtime.CreateActorId(typeof(LinuxWorldActor), "linux"),
            options);

        var p0 = KernelLayout.FirstKoid;
        var btiActor = runtime.CreateActorId(typeof(BtiActor), "bti");
        var process = ProcessState.Fresh(p0, p0 + 1)
            .AddHandle(new ObjectRef(p0 + 1, ObjectKind.Vmar), Rights.DefaultVmar, out var rootVmar)
            .AddHandle(new ObjectRef(p0 + 2, ObjectKind.Bti, btiActor), Rights.DefaultBti, out var bti)
            .AddHandle(new ObjectRef(p0 + 3, ObjectKind.Resource), Rights.DefaultResource, out var rootResource);
        var processActor = runtime.CreateActorId(typeof(ProcessActor), "p0");

        runtime.CreateActor(directory.Koids, typeof(KoidAllocatorActor), new LenderInitEvent<KoidAllocatorState>(new KoidAllocatorState(p0 + 4)));
        runtime.CreateActor(btiActor, typeof(BtiActor), new LenderInitEvent<BtiState>(new BtiState(p0 + 2, 0)));
        runtime.CreateActor(directory.Memory, typeof(PhysicalMemoryActor), new LenderInitEvent<PhysicalMemoryState>(PhysicalMemoryState.Fresh(KernelLayout.InitialFreeFrames)));
        runtime.CreateActor(directory.Linux, typeof(LinuxWorldActor), new LenderInitEvent<Linux.State.LinuxWorldState>(Linux.State.LinuxWorldState.Fresh(p0)));
        runtime.CreateActor(directory.Reclaimer, typeof(ReclaimerActor), new ReclaimerInitEvent(directory));
        runtime.CreateActor(processActor, typeof(ProcessActor), new ProcessInitEvent(process, directory));
        runtime.CreateActor(directory.Router, typeof(SyscallRouterActor), new RouterInitEvent(directory, p0, processActor));

        var bindings = new Dictionary<string, ulong>
        {
            ["root_vmar"] = rootVmar,
            ["bti"] = bti,
            ["root_resource"] = rootResource,
        };
        return new ActorKernel(runtime, directory.Router, p0, bindings, directory.InFlight);
    }
}
