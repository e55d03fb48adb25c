using VmoKernel.Abi;

namespace VmoKernel.Model.Linux.State;

/// <summary>What a blocked thread waits on.</summary>
public enum WaitKind
{
    /// <summary>A missing page in a range registered with uffd <see cref="LinuxWaiter.Channel"/> (L-8, L-9).</summary>
    UffdFault,

    /// <summary>A message in uffd <see cref="LinuxWaiter.Channel"/> (a blocking uffd_read of an empty queue).</summary>
    UffdMessage,

    /// <summary>Data or EOF in pipe <see cref="LinuxWaiter.Channel"/> (L-19).</summary>
    PipeData,
}

/// <summary>
/// A thread blocked in a call (L-18): the process and the call to retry from the start once woken,
/// what it waits on (a uffd and the page address, or a pipe), and whether a later call has woken it.
/// The model never finishes a call halfway: a blocking call changes nothing but this waiter (and the
/// uffd message it queues), so retrying the whole call is the real kernel's retried fault.
/// </summary>
public sealed record LinuxWaiter(ulong Id, ulong Process, Syscall Call, WaitKind Kind, ulong Channel, ulong Page, bool Woken = false);
