using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// Names the actors of objects a call creates, before they exist: the call's thread starts them only
/// when the call commits. The calls never name actor types; the thread that runs them does.
/// </summary>
internal interface IKernelObjectFactory
{
    ActorId NewVmoActor();

    ActorId NewProcessActor();
}
