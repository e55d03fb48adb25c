using System.Collections.Immutable;
using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel.Linux.Facts;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.Notifications;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// The world as one call sees it inside its transaction: the process snapshot, the objects whose locks
/// the transaction holds (read and replaced here, written back on commit), and what the call changes in
/// its process. Touching an object that is not held throws <see cref="NeedLockException"/>; the
/// transaction then takes the larger lock set in order and runs the call again.
/// </summary>
internal sealed class CallContext
{
    private readonly HeldObjects _held;
    private readonly IKernelObjectFactory _factory;
    private ulong _allocated;

    public CallContext(
        ulong processKoid,
        ProcessState process,
        KernelDirectory directory,
        HeldObjects held,
        IKernelObjectFactory factory)
    {
        ProcessKoid = processKoid;
        View = new ProcessView(process);
        Directory = directory;
        _held = held.Copy();
        _factory = factory;
    }

    /// <summary>The calling process (for process_madvise not the process the call runs against).</summary>
    public ulong ProcessKoid { get; }

    /// <summary>The process the call runs against: its handles and address space as the call changes them.</summary>
    public ProcessView View { get; }

    /// <summary>What the call did besides changing held states: frames moved, discards, objects created.</summary>
    public CallEffects Effects { get; } = new();

    public KernelDirectory Directory { get; }

    /// <summary>States peeked without their locks before the transaction began (only the seeded stale-check bugs read these).</summary>
    public IReadOnlyDictionary<ulong, VmoState> Peeked { get; init; } = new Dictionary<ulong, VmoState>();

    /// <summary>The Linux world as a look before the transaction saw it (only the seeded stale-purge bug reads it).</summary>
    public Linux.State.LinuxWorldState? PeekedLinux { get; init; }

    /// <summary>The id the router gave the call (told to the monitors with its linearization).</summary>
    public long RequestId { get; init; }

    public SeededBugSet Bugs => Directory.Options.Bugs;

    // ---- objects -------------------------------------------------------------------------------

    public VmoState Vmo(ObjectRef target) => Vmo(target.Koid, target.Actor!);

    public VmoState Vmo(ulong koid, ActorId actor) =>
        _held.Vmos.TryGet(koid, out var state) ? state : throw new NeedLockException([LockTarget.Vmo(koid, actor)]);

    public void Put(VmoState vmo)
    {
        if (Effects.ReplaceCreated(vmo))
        {
            return;
        }

        _held.Vmos.Put(vmo.Koid, vmo);
    }

    public BtiState Bti(ObjectRef bti) =>
        _held.Btis.TryGet(bti.Koid, out var state) ? state : throw new NeedLockException([LockTarget.Bti(bti.Koid, bti.Actor!)]);

    public void Put(BtiState bti) => _held.Btis.Put(bti.Koid, bti);

    /// <summary>Makes sure several VMOs are held at once (so the call never runs half-way before asking).</summary>
    public void Require(IEnumerable<(ulong Koid, ActorId Actor)> vmos)
    {
        var missing = vmos.Where(v => !_held.Vmos.Holds(v.Koid)).Select(v => (LockTarget)LockTarget.Vmo(v.Koid, v.Actor)).ToList();
        if (missing.Count > 0)
        {
            throw new NeedLockException(missing);
        }
    }

    /// <summary>Asks for the singletons a call will need, all at once, so it restarts at most once for them.</summary>
    public void Need(bool reclaimer = false, bool memory = false, bool koids = false, bool linux = false)
    {
        var missing = new List<LockTarget>();
        if (reclaimer && !_held.ReclaimLists.Holds(0))
        {
            missing.Add(LockTarget.Reclaimer(Directory.Reclaimer));
        }

        if (linux && !_held.Linux.Holds(0))
        {
            missing.Add(LockTarget.LinuxWorld(Directory.Linux));
        }

        if (memory && !HoldsMemory)
        {
            missing.Add(LockTarget.PhysicalMemory(Directory.Memory));
        }

        if (koids && !_held.Koids.Holds(0))
        {
            missing.Add(LockTarget.KoidAllocator(Directory.Koids));
        }

        if (missing.Count > 0)
        {
            throw new NeedLockException(missing);
        }
    }

    public PhysicalMemoryState Memory
    {
        get => _held.Memory.TryGet(0, out var state) ? state : throw new NeedLockException([LockTarget.PhysicalMemory(Directory.Memory)]);
        set => _held.Memory.Put(0, value);
    }

    public bool HoldsMemory => _held.Memory.Holds(0);

    /// <summary>The Linux surface's world, held under its one lock (a call that touches it without holding it restarts holding it).</summary>
    public Linux.State.LinuxWorldState Linux
    {
        get => _held.Linux.TryGet(0, out var state) ? state : throw new NeedLockException([LockTarget.LinuxWorld(Directory.Linux)]);
        set => _held.Linux.Put(0, value);
    }

    /// <summary>The syscall actor running this call: a thread that blocks records it in its waiter, so a waker knows whom to wake.</summary>
    public ActorId? Thread { get; init; }

    /// <summary>The waiter this run of the call resumes after a wake (null on a call's first run); the monitors step the model's woken waiter with it.</summary>
    public ulong? Resumes { get; init; }

    /// <summary>Takes <paramref name="count"/> frames from the budget, most recently freed first; false (and nothing taken) when the budget is short.</summary>
    public bool TryAllocate(ulong count, out List<ulong> frames)
    {
        frames = [];
        var memory = Memory;
        if (memory.FreeFrames < count || _allocated + count > VmoLimits.MaxFramesPerCall)
        {
            return false;
        }

        _allocated += count;

        for (ulong i = 0; i < count; i++)
        {
            memory = memory.Allocate(out var frame);
            frames.Add(frame);
        }

        Memory = memory;
        return true;
    }

    /// <summary>Remembers the objects' states so far, for <see cref="Rollback"/>.</summary>
    public CallCheckpoint Checkpoint() => new(_held.Copy(), Effects.Mark(), _allocated);

    /// <summary>Undoes every change to held objects since <paramref name="checkpoint"/> (a call that fails after trying).</summary>
    public void Rollback(CallCheckpoint checkpoint)
    {
        checkpoint.Held.RestoreInto(_held);
        Effects.Rollback(checkpoint.Effects);
        _allocated = checkpoint.Allocated;
    }

    public void Free(ulong frame)
    {
        Memory = Memory.Free(frame);
        Effects.RecordFrame(new FrameMove(frame, null, 0));
    }

    public ulong NewKoid()
    {
        if (!_held.Koids.TryGet(0, out var allocator))
        {
            throw new NeedLockException([LockTarget.KoidAllocator(Directory.Koids)]);
        }

        _held.Koids.Put(0, allocator with { Next = allocator.Next + 1 });
        return allocator.Next;
    }

    /// <summary>Creates a VMO (its actor starts when the call commits) and returns its initial state.</summary>
    public VmoState CreateVmo(Func<ulong, ActorId, VmoState> make)
    {
        var koid = NewKoid();
        var vmo = make(koid, _factory.NewVmoActor());
        Effects.Created(vmo);
        return vmo;
    }

    /// <summary>Creates a process (one koid for it, one for its root VMAR; its handle 1 names the root VMAR).</summary>
    public ulong CreateProcess()
    {
        var koid = NewKoid();
        var vmar = NewKoid();
        var creator = View.State;
        var state = (ProcessState.Fresh(koid, vmar) with { Ancestors = creator.Ancestors.Add(creator.Koid) })
            .AddHandle(new ObjectRef(vmar, ObjectKind.Vmar), Rights.DefaultVmar, out _);
        Effects.Created(state, _factory.NewProcessActor());
        return koid;
    }

    public void ChangeReclaimList(ulong koid, ActorId actor, ReclaimListChangeKind kind)
    {
        if (!_held.ReclaimLists.Holds(0))
        {
            throw new NeedLockException([LockTarget.Reclaimer(Directory.Reclaimer)]);
        }

        Effects.ChangeReclaimList(new ReclaimListChange(koid, actor, kind));
    }

    /// <summary>The new state of each held object this call changed (the commit sends these back).</summary>
    public HeldObjects Changed()
    {
        if (Effects.ReclaimChanges.Count > 0)
        {
            _held.ReclaimLists.Put(0, _held.ReclaimLists[0] with { Changes = [.. Effects.ReclaimChanges] });
        }

        return _held;
    }

    /// <summary>Facts about every VMO this call changed or created, for the monitors.</summary>
    public ImmutableArray<VmoFacts> VmoFacts() =>
    [
        .. _held.Vmos.ChangedStates.Select(Facts),
        .. Effects.CreatedVmos.Select(Facts),
    ];

    public ulong? FreeFrames => HoldsMemory ? Memory.FreeFrames : null;

    /// <summary>What the monitors are told when this call linearizes with <paramref name="result"/>.</summary>
    public CallLinearizedNotification Linearized(Syscall call, SyscallResult result) =>
        new(ProcessKoid, call, result, VmoFacts(), [.. Effects.FrameMoves], [.. Effects.Discards], FreeFrames)
        {
            Resumes = Resumes,
            RequestId = RequestId,
            Touched = _held.Touched(View.State.Koid, ProcessKoid),
            Linux = _held.Linux.TryGet(0, out var world) ? LinuxFactsOf.World(world, call, result) : null,
        };

    public static VmoFacts Facts(VmoState vmo) => new(
        vmo.Koid,
        vmo.Size,
        vmo.LockCount,
        vmo.DiscardState == DiscardState.Discarded,
        vmo.Destroyed,
        vmo.Pages.ToImmutableSortedDictionary(p => p.Key, p => p.Value.Frame),
        vmo.Pins);
}
