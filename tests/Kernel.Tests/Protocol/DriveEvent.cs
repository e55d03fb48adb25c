using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel;

namespace VmoKernel.Tests.Kernel.Protocol;

/// <summary>
/// What <see cref="ConcurrentCallsDriverActor"/> does: the set-up calls one at a time, then the racing
/// calls all at once, then the follow-up calls one at a time; <c>Check</c> returns null when the results
/// are acceptable, else the message the driver asserts with.
/// </summary>
public sealed class DriveEvent(
    ActorKernel kernel,
    IReadOnlyList<Syscall> setUp,
    IReadOnlyList<Syscall> racing,
    IReadOnlyList<Syscall> followUp,
    Func<DriveResults, string?> check) : Event
{
    public ActorKernel Kernel { get; } = kernel;

    public IReadOnlyList<Syscall> SetUp { get; } = setUp;

    public IReadOnlyList<Syscall> Racing { get; } = racing;

    public IReadOnlyList<Syscall> FollowUp { get; } = followUp;

    public Func<DriveResults, string?> Check { get; } = check;
}
