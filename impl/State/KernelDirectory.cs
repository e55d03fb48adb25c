using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.State;

/// <summary>Where the kernel's singleton actors live, and the options the kernel was started with.</summary>
internal sealed record KernelDirectory(ActorId Router, ActorId Reclaimer, ActorId Memory, ActorId Koids, KernelOptions Options);
