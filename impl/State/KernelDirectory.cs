using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.Boot;

namespace VmoKernel.Kernel.State;

/// <summary>
/// Where the kernel's singleton actors live (the Linux surface's world among them), the options the kernel
/// was started with, and the count of calls in flight that lets a sequential driver wait for the kernel to settle.
/// </summary>
internal sealed record KernelDirectory(ActorId Router, ActorId Reclaimer, ActorId Memory, ActorId Koids, ActorId Linux, KernelOptions Options)
{
    public CallsInFlight InFlight { get; } = new();

    /// <summary>The kernel's stateful actors, so a quiet kernel can be captured as an image.</summary>
    public KernelCensus Census { get; } = new();
}
