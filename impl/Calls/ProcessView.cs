using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// The process a call runs against, as the call changes it: handles looked up (and so relied on),
/// added and removed; mappings read, added and removed. <see cref="Delta"/> is what the commit asks the
/// process to apply, and the conditions under which it still may.
/// </summary>
internal sealed class ProcessView(ProcessState snapshot)
{
    private readonly Dictionary<uint, HandleEntry> _usedHandles = [];
    private readonly List<HandleEntry> _addedHandles = [];
    private readonly List<uint> _removedHandles = [];
    private readonly List<Mapping> _addedMappings = [];
    private readonly List<ulong> _removedMappings = [];
    private readonly ProcessState _snapshot = snapshot;
    private bool _readsAddressSpace;

    /// <summary>The process as this call changes it (handles and mappings added or removed so far).</summary>
    public ProcessState State { get; private set; } = snapshot;

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
        if (State.Handles.TryGetValue(value, out var found))
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
        State = State.AddHandle(target, rights, out var value);
        _addedHandles.Add(State.Handles[value]);
        return value;
    }

    public void RemoveHandle(uint value)
    {
        if (_addedHandles.RemoveAll(h => h.Value == value) == 0)
        {
            _removedHandles.Add(value);
        }

        State = State with { Handles = State.Handles.Remove(value) };
    }

    // ---- address space -------------------------------------------------------------------------

    public ImmutableList<Mapping> Mappings
    {
        get
        {
            _readsAddressSpace = true;
            return State.Mappings;
        }
    }

    /// <summary>The commit must find the address space (vm_seq) as this call saw it, else the call runs again.</summary>
    public void ExpectAddressSpaceUnchanged() => _readsAddressSpace = true;

    public Mapping AddMapping(ulong address, ulong length, ObjectRef vmo, ulong vmoOffset, uint permissions)
    {
        _readsAddressSpace = true;
        var mapping = new Mapping(State.NextMappingId, address, length, vmo, vmoOffset, permissions);
        _addedMappings.Add(mapping);
        State = State with { Mappings = State.Mappings.Add(mapping), NextMappingId = State.NextMappingId + 1 };
        return mapping;
    }

    public void RemoveMapping(ulong id)
    {
        _readsAddressSpace = true;
        if (_addedMappings.RemoveAll(m => m.Id == id) == 0)
        {
            _removedMappings.Add(id);
        }

        State = State with { Mappings = State.Mappings.RemoveAll(m => m.Id == id) };
    }

    /// <summary>The changes to commit, valid only while the process still looks as the snapshot the call ran against.</summary>
    public ProcessDelta Delta() => new(
        [.. _usedHandles.Values],
        _addedHandles.Count > 0 ? _snapshot.HandleSequence : null,
        _readsAddressSpace ? _snapshot.VmSeq : null,
        [.. _addedHandles],
        [.. _removedHandles],
        State.HandleSequence,
        [.. _addedMappings],
        [.. _removedMappings],
        State.NextMappingId);
}
