using Microsoft.Coyote.Actors;

namespace VmoKernel.Kernel.Locking;

/// <summary>
/// One lockable object: its place in the global order (class, then koid) and the actor that owns it.
/// Every transaction acquires its targets in ascending order, which is what makes the kernel deadlock-free.
/// </summary>
public sealed record LockTarget(LockClass Class, ulong Koid, ActorId Actor) : IComparable<LockTarget>
{
    public int CompareTo(LockTarget? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byClass = Class.CompareTo(other.Class);
        return byClass != 0 ? byClass : Koid.CompareTo(other.Koid);
    }

    public (LockClass, ulong) Key => (Class, Koid);

    public static bool operator <(LockTarget left, LockTarget right) => left.CompareTo(right) < 0;

    public static bool operator <=(LockTarget left, LockTarget right) => left.CompareTo(right) <= 0;

    public static bool operator >(LockTarget left, LockTarget right) => left.CompareTo(right) > 0;

    public static bool operator >=(LockTarget left, LockTarget right) => left.CompareTo(right) >= 0;
}
