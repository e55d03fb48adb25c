using VmoKernel.Abi;
using VmoKernel.Model.State;
using VmoKernel.Model.Syscalls.OpRange;

namespace VmoKernel.Model.Rules;

/// <summary>
/// One iovec element of process_madvise, applied like madvise(addr, len, advice) to the target's
/// address space (spec/getinfo.md, INV-MADV-01 to INV-MADV-03): start not page-aligned (EINVAL);
/// length 0 is a no-op; a page-rounded end past 2^64 (EINVAL); a hole anywhere in the range (ENOMEM);
/// then each mapping piece in address order, on the backing VMO's range (the part of a mapping past
/// its VMO's end has nothing to advise): MADV_DONTNEED decommits (a VMO that keeps its pages, EINVAL;
/// a pinned page, EBUSY), MADV_COLD is ZX_VMO_OP_DONT_NEED, MADV_WILLNEED is ZX_VMO_OP_ALWAYS_NEED.
/// An element is all or nothing: when a piece fails, the state from before the element is kept.
/// </summary>
public static class MadviseElement
{
    public static Status Apply(KernelState state, ulong target, ulong address, ulong length, uint advice, out KernelState after)
    {
        after = state;
        if (!Ranges.IsAligned(address))
        {
            return Status.Einval;
        }

        if (length == 0)
        {
            return Status.Ok;
        }

        if (!Ranges.TryRoundUp(length, out var rounded) || !Ranges.TryEnd(address, rounded, out var end))
        {
            return Status.Einval;
        }

        if (!TryCover(state.Processes[target], address, end, out var pieces))
        {
            return Status.Enomem;
        }

        var working = state;
        foreach (var (mapping, start, stop) in pieces)
        {
            var status = ApplyPiece(ref working, mapping, start, stop - start, advice);
            if (status != Status.Ok)
            {
                return status;
            }
        }

        after = working;
        return Status.Ok;
    }

    /// <summary>The mappings covering [address, end) piece by piece, false if any byte of it is unmapped.</summary>
    private static bool TryCover(ProcessState process, ulong address, ulong end, out List<(Mapping Mapping, ulong Start, ulong Stop)> pieces)
    {
        pieces = [];
        var cursor = address;
        foreach (var m in process.Mappings.Values.Where(m => m.Address < end && address < m.End))
        {
            if (m.Address > cursor)
            {
                return false;
            }

            var stop = Math.Min(m.End, end);
            pieces.Add((m, cursor, stop));
            cursor = stop;
        }

        return cursor == end;
    }

    private static Status ApplyPiece(ref KernelState state, Mapping mapping, ulong start, ulong length, uint advice)
    {
        var vmo = state.Vmos[mapping.VmoKoid];
        if (!Ranges.TryEnd(mapping.VmoOffset, start - mapping.Address, out var offset) || offset >= vmo.Size)
        {
            return Status.Ok;
        }

        var op = new RangeOp(state, Rights.Write, vmo, offset, Math.Min(length, vmo.Size - offset));
        var (after, result) = advice switch
        {
            ProcessInfoOptions.MadvDontNeed => Decommit.Step(op),
            ProcessInfoOptions.MadvCold => DontNeed.Step(op),
            _ => AlwaysNeed.Step(op),
        };
        state = after;
        return result.Status switch
        {
            Status.ZxOk => Status.Ok,
            Status.ZxErrBadState => Status.Ebusy,
            _ => Status.Einval,
        };
    }
}
