using System.Collections.Immutable;
using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
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
public sealed class CallContext
{
    private readonly Dictionary<(LockClass, ulong), object> _states;
    private readonly HashSet<(LockClass, ulong)> _dirty = [];
    private readonly Dictionary<uint, HandleEntry> _usedHandles = [];
    private readonly List<HandleEntry> _addedHandles = [];
    private readonly List<uint> _removedHandles = [];
    private readonly List<Mapping> _addedMappings = [];
    private readonly List<ulong> _removedMappings = [];
    private readonly List<FrameMove> _frames = [];
    private readonly List<DiscardFact> _discards = [];
    private readonly List<ReclaimListChange> _reclaimChanges = [];
    private readonly List<VmoState> _created = [];
    private readonly List<(ProcessState State, ActorId Actor)> _createdProcesses = [];
    private readonly Func<Type, ActorId> _newActorId;
    private bool _readsAddressSpace;
    private ulong _allocated;

    public CallContext(
        ulong processKoid,
        ProcessState process,
        KernelDirectory directory,
        IReadOnlyDictionary<(LockClass, ulong), object> held,
        Func<Type, ActorId> newActorId)
    {
        ProcessKoid = processKoid;
        Process = process;
        Directory = directory;
        _states = new Dictionary<(LockClass, ulong), object>(held);
        _newActorId = newActorId;
    }

    public ulong ProcessKoid { get; }

    /// <summary>The process as this call changes it (handles and mappings added or removed so far).</summary>
    public ProcessState Process { get; private set; }

    public KernelDirectory Directory { get; }

    /// <summary>States peeked without their locks before the transaction began (only the seeded stale-check bugs read these).</summary>
    public IReadOnlyDictionary<ulong, VmoState> Peeked { get; init; } = new Dictionary<ulong, VmoState>();

    public SeededBugSet Bugs => Directory.Options.Bugs;

    public IReadOnlyList<VmoState> Created => _created;

    public IReadOnlyList<ReclaimListChange> ReclaimChanges => _reclaimChanges;

    public IReadOnlyList<DiscardFact> Discards => _discards;

    public IReadOnlyList<FrameMove> FrameMoves => _frames;

    public bool Holds(LockClass lockClass, ulong koid) => _states.ContainsKey((lockClass, koid));

    // ---- handles -------------------------------------------------------------------------------

    /// <summary>Looks a handle up in the order BAD_HANDLE, WRONG_TYPE, ACCESS_DENIED (INV-HANDLE-01).</summary>
    public Status Lookup(uint value, ObjectKind kind, Rights required, out HandleEntry entry)
    {
        if (!TryHandle(value, out entry))
        {
            return Status.ZxErrBadHandle;
        }

        if (entry.Object.Kind != kind)
        {
            return Status.ZxErrWrongType;
        }

        return (entry.Rights & required) == required ? Status.ZxOk : Status.ZxErrAccessDenied;
    }

    public bool TryHandle(uint value, out HandleEntry entry)
    {
        if (Process.Handles.TryGetValue(value, out var found))
        {
            if (!_addedHandles.Any(h => h.Value == value))
            {
                _usedHandles[value] = found;
            }

            entry = found;
            return true;
        }

        entry = null!;
        return false;
    }

    public uint AddHandle(ObjectRef target, Rights rights)
    {
        Process = Process.AddHandle(target, rights, out var value);
        _addedHandles.Add(Process.Handles[value]);
        return value;
    }

    public void RemoveHandle(uint value)
    {
        if (_addedHandles.RemoveAll(h => h.Value == value) == 0)
        {
            _removedHandles.Add(value);
        }

        Process = Process with { Handles = Process.Handles.Remove(value) };
    }

    // ---- address space -------------------------------------------------------------------------

    public ImmutableList<Mapping> Mappings
    {
        get
        {
            _readsAddressSpace = true;
            return Process.Mappings;
        }
    }

    /// <summary>The commit must find the address space (vm_seq) as this call saw it, else the call runs again.</summary>
    public void ExpectAddressSpaceUnchanged() => _readsAddressSpace = true;

    public Mapping AddMapping(ulong address, ulong length, ObjectRef vmo, ulong vmoOffset, uint permissions)
    {
        _readsAddressSpace = true;
        var mapping = new Mapping(Process.NextMappingId, address, length, vmo, vmoOffset, permissions);
        _addedMappings.Add(mapping);
        Process = Process with { Mappings = Process.Mappings.Add(mapping), NextMappingId = Process.NextMappingId + 1 };
        return mapping;
    }

    public void RemoveMapping(ulong id)
    {
        _readsAddressSpace = true;
        if (_addedMappings.RemoveAll(m => m.Id == id) == 0)
        {
            _removedMappings.Add(id);
        }

        Process = Process with { Mappings = Process.Mappings.RemoveAll(m => m.Id == id) };
    }

    public ProcessDelta Delta(ProcessState snapshot) => new(
        [.. _usedHandles.Values],
        _addedHandles.Count > 0 ? snapshot.HandleSequence : null,
        _readsAddressSpace ? snapshot.VmSeq : null,
        [.. _addedHandles],
        [.. _removedHandles],
        Process.HandleSequence,
        [.. _addedMappings],
        [.. _removedMappings],
        Process.NextMappingId);

    // ---- objects -------------------------------------------------------------------------------

    public VmoState Vmo(ObjectRef target) => Vmo(target.Koid, target.Actor!);

    public VmoState Vmo(ulong koid, ActorId actor) =>
        _states.TryGetValue((LockClass.Vmo, koid), out var state)
            ? (VmoState)state
            : throw new NeedLockException([new LockTarget(LockClass.Vmo, koid, actor)]);

    public void Put(VmoState vmo)
    {
        if (_created.FindIndex(c => c.Koid == vmo.Koid) is var index and >= 0)
        {
            _created[index] = vmo;
            return;
        }

        _states[(LockClass.Vmo, vmo.Koid)] = vmo;
        _dirty.Add((LockClass.Vmo, vmo.Koid));
    }

    public BtiState Bti(ObjectRef bti) =>
        _states.TryGetValue((LockClass.Bti, bti.Koid), out var state)
            ? (BtiState)state
            : throw new NeedLockException([new LockTarget(LockClass.Bti, bti.Koid, bti.Actor!)]);

    public void Put(BtiState bti)
    {
        _states[(LockClass.Bti, bti.Koid)] = bti;
        _dirty.Add((LockClass.Bti, bti.Koid));
    }

    /// <summary>Makes sure several VMOs are held at once (so the call never runs half-way before asking).</summary>
    public void Require(IEnumerable<(ulong Koid, ActorId Actor)> vmos)
    {
        var missing = vmos.Where(v => !Holds(LockClass.Vmo, v.Koid))
            .Select(v => new LockTarget(LockClass.Vmo, v.Koid, v.Actor)).ToList();
        if (missing.Count > 0)
        {
            throw new NeedLockException(missing);
        }
    }

    /// <summary>Asks for the singletons a call will need, all at once, so it restarts at most once for them.</summary>
    public void Need(bool reclaimer = false, bool memory = false, bool koids = false)
    {
        var missing = new List<LockTarget>();
        if (reclaimer && !Holds(LockClass.Reclaimer, 0))
        {
            missing.Add(new LockTarget(LockClass.Reclaimer, 0, Directory.Reclaimer));
        }

        if (memory && !HoldsMemory)
        {
            missing.Add(new LockTarget(LockClass.PhysicalMemory, 0, Directory.Memory));
        }

        if (koids && !Holds(LockClass.KoidAllocator, 0))
        {
            missing.Add(new LockTarget(LockClass.KoidAllocator, 0, Directory.Koids));
        }

        if (missing.Count > 0)
        {
            throw new NeedLockException(missing);
        }
    }

    public PhysicalMemoryState Memory
    {
        get => _states.TryGetValue((LockClass.PhysicalMemory, 0), out var state)
            ? (PhysicalMemoryState)state
            : throw new NeedLockException([new LockTarget(LockClass.PhysicalMemory, 0, Directory.Memory)]);
        set
        {
            _states[(LockClass.PhysicalMemory, 0)] = value;
            _dirty.Add((LockClass.PhysicalMemory, 0));
        }
    }

    public bool HoldsMemory => Holds(LockClass.PhysicalMemory, 0);

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
    public object Checkpoint() => (new Dictionary<(LockClass, ulong), object>(_states), new HashSet<(LockClass, ulong)>(_dirty), _frames.Count, _discards.Count, _allocated);

    /// <summary>Undoes every change to held objects since <paramref name="checkpoint"/> (a call that fails after trying).</summary>
    public void Rollback(object checkpoint)
    {
        var (states, dirty, frames, discards, allocated) =
            ((Dictionary<(LockClass, ulong), object>, HashSet<(LockClass, ulong)>, int, int, ulong))checkpoint;
        _states.Clear();
        foreach (var (key, value) in states)
        {
            _states[key] = value;
        }

        _dirty.Clear();
        _dirty.UnionWith(dirty);
        _frames.RemoveRange(frames, _frames.Count - frames);
        _discards.RemoveRange(discards, _discards.Count - discards);
        _allocated = allocated;
    }

    public void Free(ulong frame)
    {
        Memory = Memory.Free(frame);
        _frames.Add(new FrameMove(frame, null, 0));
    }

    public void RecordFrame(ulong frame, ulong owner, ulong page) => _frames.Add(new FrameMove(frame, owner, page));

    public void RecordDiscard(DiscardFact fact) => _discards.Add(fact);

    public ulong NewKoid()
    {
        if (!_states.TryGetValue((LockClass.KoidAllocator, 0), out var state))
        {
            throw new NeedLockException([new LockTarget(LockClass.KoidAllocator, 0, Directory.Koids)]);
        }

        var next = (ulong)state;
        _states[(LockClass.KoidAllocator, 0)] = next + 1;
        _dirty.Add((LockClass.KoidAllocator, 0));
        return next;
    }

    /// <summary>Creates a VMO (its actor starts when the call commits) and returns its initial state.</summary>
    public VmoState CreateVmo(Func<ulong, ActorId, VmoState> make)
    {
        var koid = NewKoid();
        var vmo = make(koid, _newActorId(typeof(Actors.VmoActor)));
        _created.Add(vmo);
        return vmo;
    }

    public IReadOnlyList<(ProcessState State, ActorId Actor)> CreatedProcesses => _createdProcesses;

    /// <summary>Creates a process (one koid for it, one for its root VMAR; its handle 1 names the root VMAR).</summary>
    public ulong CreateProcess()
    {
        var koid = NewKoid();
        var vmar = NewKoid();
        var state = (ProcessState.Fresh(koid, vmar) with { Ancestors = Process.Ancestors.Add(Process.Koid) })
            .AddHandle(new ObjectRef(vmar, ObjectKind.Vmar), Rights.DefaultVmar, out _);
        _createdProcesses.Add((state, _newActorId(typeof(Actors.ProcessActor))));
        return koid;
    }

    public VmoState? CreatedVmo(ulong koid) => _created.Find(c => c.Koid == koid);

    public void ChangeReclaimList(ulong koid, ActorId actor, ReclaimListChangeKind kind)
    {
        if (!Holds(LockClass.Reclaimer, 0))
        {
            throw new NeedLockException([new LockTarget(LockClass.Reclaimer, 0, Directory.Reclaimer)]);
        }

        _reclaimChanges.Add(new ReclaimListChange(koid, actor, kind));
    }

    /// <summary>The new state of each held object this call changed (the commit sends these back).</summary>
    public IReadOnlyDictionary<(LockClass, ulong), object> Changed()
    {
        var changed = _dirty.ToDictionary(key => key, key => _states[key]);
        if (_reclaimChanges.Count > 0)
        {
            changed[(LockClass.Reclaimer, 0)] = _reclaimChanges.ToImmutableArray();
        }

        return changed;
    }

    /// <summary>Facts about every VMO this call changed or created, for the monitors.</summary>
    public ImmutableArray<VmoFacts> VmoFacts() =>
    [
        .. _dirty.Where(k => k.Item1 == LockClass.Vmo).Select(k => Facts((VmoState)_states[k])),
        .. _created.Select(Facts),
    ];

    public ulong? FreeFrames => HoldsMemory ? Memory.FreeFrames : null;

    public static VmoFacts Facts(VmoState vmo) => new(
        vmo.Koid,
        vmo.Size,
        vmo.LockCount,
        vmo.DiscardState == DiscardState.Discarded,
        vmo.Destroyed,
        vmo.Pages.ToImmutableSortedDictionary(p => p.Key, p => p.Value.Frame),
        vmo.Pins);
}
