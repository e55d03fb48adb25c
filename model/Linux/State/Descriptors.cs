using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Model.Linux.State;

/// <summary>What a descriptor names.</summary>
public enum FdKind
{
    /// <summary>Descriptors 0-2: open, but neither pidfds nor uffds nor pipes (L-14).</summary>
    Standard,
    Pidfd,
    Uffd,
    PipeRead,
    PipeWrite,
}

/// <summary>A descriptor: its kind and the pid, uffd id or pipe id it names.</summary>
public sealed record FdEntry(FdKind Kind, ulong Target)
{
    public static readonly FdEntry Standard = new(FdKind.Standard, 0);
}

/// <summary>
/// A userfaultfd: the process whose mm it serves (the one that created it), its creation flags (UFFD_USER_MODE_ONLY), whether UFFDIO_API succeeded and the
/// features it enabled, and its queue of unread fault messages (L-10). The uffd lives while a
/// descriptor in any process names it; the last close unregisters it and wakes its waiters (L-13).
/// </summary>
public sealed record Uffd(ulong Id, ulong Process, uint Flags, bool Ready, ulong Features, ImmutableList<UffdMessage> Queue)
{
    public bool UserModeOnly => (Flags & LinuxConstants.UffdUserModeOnly) != 0;

    public bool Has(ulong feature) => (Features & feature) != 0;
}

/// <summary>One UFFD_EVENT_PAGEFAULT message and the waiter that queued it (a woken waiter takes its unread message away, L-10).</summary>
public sealed record UffdMessage(ulong Waiter, ulong Address, ulong Flags);

/// <summary>A pipe: its unbounded buffer (L-19); its ends live while descriptors name them.</summary>
public sealed record Pipe(ulong Id, ByteString Buffer);
