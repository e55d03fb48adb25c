using System.Collections.Immutable;

namespace VmoKernel.Kernel.Linux.State;

/// <summary>
/// A userfaultfd: the mm it serves (its creator's), its creation flags, whether UFFDIO_API succeeded and
/// the features it enabled, and its unread UFFD_EVENT_PAGEFAULT messages in order (L-10).
/// </summary>
internal sealed record UffdState(ulong Id, ulong Owner, uint Flags, bool ApiDone, ulong Features, ImmutableList<FaultMessage> Messages)
{
    public bool Has(ulong feature) => (Features & feature) != 0;
}

/// <summary>One unread fault message and the waiter that queued it (a woken waiter takes its message away, L-10).</summary>
internal sealed record FaultMessage(ulong Waiter, ulong Address, ulong Flags);

/// <summary>A pipe's buffered bytes (unbounded, L-19).</summary>
internal sealed record PipeState(ulong Id, Abi.ByteString Buffer);
