using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.Linux.State;

/// <summary>What a blocked thread waits for.</summary>
internal enum WaitReason
{
    /// <summary>A missing page of a range registered with uffd <see cref="Waiter.Channel"/>.</summary>
    Fault,

    /// <summary>A message in uffd <see cref="Waiter.Channel"/> (a blocking uffd_read).</summary>
    UffdMessage,

    /// <summary>Data or EOF in pipe <see cref="Waiter.Channel"/>.</summary>
    PipeData,
}

/// <summary>
/// A thread blocked in a call (L-18): its pid, the syscall actor to send the wake to, what it waits on
/// (a uffd and page, or a pipe). The call that wakes it removes it in the same transaction and the
/// thread, once told, runs its whole call again (the kernel's retried fault).
/// </summary>
internal sealed record Waiter(ulong Id, ulong Pid, ActorId Thread, WaitReason Reason, ulong Channel, ulong Page);
