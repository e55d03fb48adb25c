using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel.Actors;
using VmoKernel.Kernel.Boot;
using VmoKernel.Kernel.Events;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel;

/// <summary>
/// Starts an actor kernel on a Coyote runtime: a fresh kernel as the design notes describe it (p0 = koid
/// 1024 with handles root_vmar, bti and root_resource; 1,048,576 free frames; pressure NORMAL), or a kernel
/// booted from an image another kernel's calls left (<see cref="Boot"/>).
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

        var census = directory.Census;
        runtime.CreateActor(directory.Koids, typeof(KoidAllocatorActor), new LenderInitEvent<KoidAllocatorState>(new KoidAllocatorState(p0 + 4), census));
        runtime.CreateActor(btiActor, typeof(BtiActor), new LenderInitEvent<BtiState>(new BtiState(p0 + 2, 0), census));
        runtime.CreateActor(directory.Memory, typeof(PhysicalMemoryActor), new LenderInitEvent<PhysicalMemoryState>(PhysicalMemoryState.Fresh(KernelLayout.InitialFreeFrames), census));
        runtime.CreateActor(directory.Linux, typeof(LinuxWorldActor), new LenderInitEvent<Linux.State.LinuxWorldState>(Linux.State.LinuxWorldState.Fresh(p0), census));
        runtime.CreateActor(directory.Reclaimer, typeof(ReclaimerActor), new ReclaimerInitEvent(directory));
        runtime.CreateActor(processActor, typeof(ProcessActor), new ProcessInitEvent(process, directory));
        runtime.CreateActor(directory.Router, typeof(SyscallRouterActor), new RouterInitEvent(directory, new Dictionary<ulong, ActorId> { [p0] = processActor }));

        var bindings = new Dictionary<string, ulong>
        {
            ["root_vmar"] = rootVmar,
            ["bti"] = bti,
            ["root_resource"] = rootResource,
        };
        return new ActorKernel(runtime, directory, p0, bindings);
    }

    /// <summary>
    /// Starts every actor of <paramref name="image"/> under its old id and with its old state, so the kernel is
    /// as the image's kernel was when it was captured, with <paramref name="options"/> (monitors and seeded bugs)
    /// of its own. Coyote numbers actor ids in creation order; ids the image skips (the calls' kernel threads) are
    /// drawn and left unused here. The runtime must not have used any of the image's ids yet: a kernel image is
    /// booted first thing, after the same monitor registrations the image's kernel had.
    /// </summary>
    public static ActorKernel Boot(IActorRuntime runtime, KernelImage image, KernelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(image);
        options ??= KernelOptions.Default;
        var ids = new Dictionary<ulong, ActorId>();
        foreach (var part in image.Parts)
        {
            ActorId id;
            do
            {
                id = runtime.CreateActorId(part.Actor, part.Name);
            }
            while (id.Value < part.Id.Value);

            if (id.Value != part.Id.Value)
            {
                throw new InvalidOperationException($"kernel image cannot boot: actor id {part.Id.Value} ({part.Id.Name}) is already taken on this runtime");
            }

            ids[id.Value] = id;
        }

        // Ids the image's runtime gave to actors it does not hold (the calls' threads, the caller's threads) stay
        // unused, so a stale id in a state cannot reach a new actor.
        while (runtime.CreateActorId(typeof(SyscallRouterActor)).Value + 1 < image.FirstFreeId)
        {
        }

        var from = image.Directory;
        var directory = new KernelDirectory(ids[from.Router.Value], ids[from.Reclaimer.Value], ids[from.Memory.Value], ids[from.Koids.Value], ids[from.Linux.Value], options);
        foreach (var part in image.Parts)
        {
            runtime.CreateActor(ids[part.Id.Value], part.Actor, part.Init(directory));
        }

        return new ActorKernel(runtime, directory, image.InitialProcess, image.InitialBindings);
    }
}
