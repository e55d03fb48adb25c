using System.Collections.Concurrent;
using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// Every call a configuration makes from one state, in an order that depends only on the state's shape:
/// callers in koid order, handle arguments in handle-value order. Symmetric states (same shape, other
/// koids, handle values or frames) therefore list their moves in the same order, so a path is stored as
/// move indices and replayed from any representative (<see cref="ExhaustPath"/>).
/// </summary>
public sealed class MoveGenerator(CallDomains domains)
{
    // The moves on one handle depend only on the caller and the handle value (and the domains), and the
    // same few values recur in every state: build each list once, share it between the search's threads.
    private readonly ConcurrentDictionary<(ulong Process, uint Handle), Move[]> _handleCalls = new();
    private readonly ConcurrentDictionary<(ulong Process, uint Handle), Move[]> _lifetimeCalls = new();

    /// <summary>A handle value no process is ever given (values are <c>(n &lt;&lt; 3) | 3</c> for small n): the closed-handle argument.</summary>
    public const uint ClosedHandle = 0x7fff_fff3;

    /// <summary>The byte every write stores: the contents only need to differ from zero.</summary>
    public static readonly ByteString WrittenByte = ByteString.Of([0x41]);

    public void Generate(KernelState state, List<Move> moves)
    {
        moves.Clear();
        foreach (var (_, process) in state.Processes)
        {
            Calls(process, moves);
        }
    }

    private void Calls(ProcessState process, List<Move> moves)
    {
        var p = process.Koid;
        var d = domains;
        if (d.Has("process_create"))
        {
            moves.Add(new Move(p, new ProcessCreate()));
        }

        if (d.Has("zx_vmo_create"))
        {
            foreach (var size in d.Sizes)
            {
                foreach (var options in d.CreateOptions)
                {
                    moves.Add(new Move(p, new VmoCreate(size, options)));
                }
            }
        }

        if (d.Has("reclaim"))
        {
            moves.AddRange(d.Levels.Select(level => new Move(p, new Reclaim(level))));
        }

        if (d.Has("set_free_frames"))
        {
            moves.AddRange(d.FreeFrames.Select(n => new Move(p, new SetFreeFrames(n))));
        }

        var handles = new List<uint>(process.Handles.Count + 1);
        handles.AddRange(process.Handles.Keys);
        handles.Add(ClosedHandle);
        foreach (var h in handles)
        {
            moves.AddRange(_handleCalls.GetOrAdd((p, h), static (key, self) => self.Built(key, self.HandleCalls), this));
        }

        foreach (var (h, entry) in process.Handles)
        {
            if (entry.Type is ObjectType.Vmo or ObjectType.Pmt)
            {
                moves.AddRange(_lifetimeCalls.GetOrAdd((p, h), static (key, self) => self.Built(key, self.LifetimeCalls), this));
            }
        }

        moves.AddRange(_lifetimeCalls.GetOrAdd((p, ClosedHandle), static (key, self) => self.Built(key, self.LifetimeCalls), this));

        if (d.Has("zx_vmo_transfer_data"))
        {
            foreach (var dst in handles)
            {
                foreach (var src in handles)
                {
                    moves.Add(new Move(p, new VmoTransferData(dst, 0, 0, KernelLayout.PageSize, src, 0)));
                }
            }
        }

        Mappings(process, handles, moves);
    }

    private Move[] Built((ulong Process, uint Handle) key, Action<ulong, uint, List<Move>> calls)
    {
        var built = new List<Move>();
        calls(key.Process, key.Handle, built);
        return [.. built];
    }

    private void HandleCalls(ulong p, uint h, List<Move> moves)
    {
        var d = domains;
        if (d.Has("zx_vmo_op_range"))
        {
            foreach (var op in d.Ops)
            {
                foreach (var offset in d.Offsets)
                {
                    moves.AddRange(d.Lengths.Select(length => new Move(p, new VmoOpRange(h, op, offset, length))));
                }
            }
        }

        if (d.Has("zx_vmo_read"))
        {
            moves.AddRange(d.Offsets.Select(offset => new Move(p, new VmoRead(h, offset, KernelLayout.PageSize))));
        }

        if (d.Has("zx_vmo_write"))
        {
            moves.AddRange(d.Offsets.Select(offset => new Move(p, new VmoWrite(h, offset, WrittenByte))));
        }

        if (d.Has("zx_vmo_get_size"))
        {
            moves.Add(new Move(p, new VmoGetSize(h)));
        }

        if (d.Has("zx_vmo_set_size"))
        {
            moves.AddRange(d.Sizes.Select(size => new Move(p, new VmoSetSize(h, size))));
        }

        if (d.Has("zx_vmo_create_child"))
        {
            foreach (var options in d.ChildOptions)
            {
                moves.AddRange(d.Sizes.Select(size => new Move(p, new VmoCreateChild(h, options, 0, size))));
            }
        }

        if (d.Has("zx_object_get_info"))
        {
            moves.AddRange(d.InfoTopics.Select(topic => new Move(p, new ObjectGetInfo(h, topic))));
        }

        if (d.Has("zx_pmt_unpin"))
        {
            moves.Add(new Move(p, new PmtUnpin(h)));
        }
    }

    /// <summary>
    /// Duplicate, replace and close, for VMO and PMT handles and the closed value only: the handles a
    /// process starts with (root VMAR, BTI, resource) still serve as wrong-type arguments everywhere else,
    /// but closing or copying them would only multiply states without reaching new VMO behaviour.
    /// </summary>
    private void LifetimeCalls(ulong p, uint h, List<Move> moves)
    {
        var d = domains;
        if (d.Has("zx_handle_duplicate"))
        {
            moves.AddRange(d.Rights.Select(rights => new Move(p, new HandleDuplicate(h, rights))));
        }

        if (d.Has("zx_handle_replace"))
        {
            moves.AddRange(d.Rights.Select(rights => new Move(p, new HandleReplace(h, rights))));
        }

        if (d.Has("zx_handle_close"))
        {
            moves.Add(new Move(p, new HandleClose(h)));
        }
    }

    /// <summary>Pins and maps go through the caller's BTI and root VMAR handles (the handles p0 starts with), one page at offset 0.</summary>
    private void Mappings(ProcessState process, List<uint> handles, List<Move> moves)
    {
        var p = process.Koid;
        var d = domains;
        foreach (var (value, entry) in process.Handles)
        {
            if (entry.Type == ObjectType.Bti && d.Has("zx_bti_pin"))
            {
                moves.AddRange(handles.Select(h => new Move(p, new BtiPin(value, BtiOptions.PermRead, h, 0, KernelLayout.PageSize))));
            }

            if (entry.Type != ObjectType.Vmar)
            {
                continue;
            }

            if (d.Has("zx_vmar_map"))
            {
                moves.AddRange(handles.Select(h => new Move(p, new VmarMap(value, VmOptions.PermRead | VmOptions.PermWrite, 0, h, 0, KernelLayout.PageSize))));
            }

            if (d.Has("zx_vmar_unmap"))
            {
                moves.AddRange(process.Mappings.Keys.Select(address => new Move(p, new VmarUnmap(value, address, KernelLayout.PageSize))));
            }
        }
    }
}
