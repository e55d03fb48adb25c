using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.Calls;

namespace VmoKernel.Kernel.Actors;

/// <summary>Names new VMO and process actors on the runtime the kernel runs on.</summary>
internal sealed class KernelObjectFactory(IActorRuntime runtime) : IKernelObjectFactory
{
    public ActorId NewVmoActor() => runtime.CreateActorId(typeof(VmoActor));

    public ActorId NewProcessActor() => runtime.CreateActorId(typeof(ProcessActor));
}
