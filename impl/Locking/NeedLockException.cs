namespace VmoKernel.Kernel.Locking;

/// <summary>
/// Thrown by a call's semantics when it needs an object its transaction does not hold yet (a parent,
/// a child, physical memory). The transaction releases what it must, acquires the larger set in the
/// global order and runs the call again from the start; nothing has been changed at that point.
/// </summary>
internal sealed class NeedLockException : Exception
{
    public NeedLockException()
    {
        Targets = [];
    }

    public NeedLockException(string message)
        : base(message)
    {
        Targets = [];
    }

    public NeedLockException(string message, Exception inner)
        : base(message, inner)
    {
        Targets = [];
    }

    public NeedLockException(IReadOnlyList<LockTarget> targets)
        : base("transaction needs more locks")
    {
        Targets = targets;
    }

    public IReadOnlyList<LockTarget> Targets { get; }
}
