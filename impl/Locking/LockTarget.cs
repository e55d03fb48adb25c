using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Locking;

/// <summary>
/// One lockable object: its place in the global order (class, then koid) and the actor that owns it.
/// Every transaction acquires its targets in ascending order, which is what makes the kernel deadlock-free.
/// Each class is a typed target (<see cref="LockTarget{TState}"/>) that knows where its lent state is held.
/// </summary>
internal abstract record LockTarget(LockClass Class, ulong Koid, ActorId Actor) : IComparable<LockTarget>
{
    public (LockClass, ulong) Key => (Class, Koid);

    public static LockTarget<ReclaimListsState> Reclaimer(ActorId actor) => new(LockClass.Reclaimer, 0, actor, h => h.ReclaimLists);

    public static LockTarget<BtiState> Bti(ulong koid, ActorId actor) => new(LockClass.Bti, koid, actor, h => h.Btis);

    public static LockTarget<VmoState> Vmo(ulong koid, ActorId actor) => new(LockClass.Vmo, koid, actor, h => h.Vmos);

    public static LockTarget<Linux.State.LinuxWorldState> LinuxWorld(ActorId actor) => new(LockClass.LinuxWorld, 0, actor, h => h.Linux);

    public static LockTarget<PhysicalMemoryState> PhysicalMemory(ActorId actor) => new(LockClass.PhysicalMemory, 0, actor, h => h.Memory);

    public static LockTarget<KoidAllocatorState> KoidAllocator(ActorId actor) => new(LockClass.KoidAllocator, 0, actor, h => h.Koids);

    public static LockTarget<ProcessState> Process(ulong koid, ActorId actor) => new(LockClass.Process, koid, actor, h => h.Processes);

    /// <summary>Keeps the state its owner lent.</summary>
    public abstract void Take(HeldObjects held, ILendable lent);

    /// <summary>What goes back to the owner on release: the new state, or null when unchanged.</summary>
    public abstract ILendable? Returned(HeldObjects held);

    public int CompareTo(LockTarget? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byClass = Class.CompareTo(other.Class);
        return byClass != 0 ? byClass : Koid.CompareTo(other.Koid);
    }

    public static bool operator <(LockTarget left, LockTarget right) => left.CompareTo(right) < 0;

    public static bool operator <=(LockTarget left, LockTarget right) => left.CompareTo(right) <= 0;

    public static bool operator >(LockTarget left, LockTarget right) => left.CompareTo(right) > 0;

    public static bool operator >=(LockTarget left, LockTarget right) => left.CompareTo(right) >= 0;
}
