using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// process_madvise(proc, iovec, advice, flags, vm_seq) after its flags and the target's existence were
/// checked, run over the target's address space (INV-INFO-10, INV-INFO-11, INV-INFO-13): the caller must
/// be the target or one of its creators (EPERM); advice must be MADV_DONTNEED, MADV_COLD or MADV_WILLNEED
/// (EINVAL); vm_seq must be the target's current one (ESTALE, nothing changes), and stay so until the call
/// commits. Each element is all or nothing; when element k &gt; 0 fails, the call succeeds with the bytes of
/// elements 0..k-1; when element 0 fails, its error.
/// </summary>
internal static class ProcessMadvise
{
    public static SyscallResult Run(CallContext context, Abi.ProcessMadvise call)
    {
        var target = context.View.State;
        if (!target.ReadableBy(context.ProcessKoid))
        {
            return SyscallResult.Error(Status.Eperm);
        }

        if (call.Advice is not (ProcessInfoOptions.MadvDontNeed or ProcessInfoOptions.MadvCold or ProcessInfoOptions.MadvWillNeed))
        {
            return SyscallResult.Error(Status.Einval);
        }

        if (!context.Bugs.Has(SeededBug.StaleVmSeqNotChecked))
        {
            context.View.ExpectAddressSpaceUnchanged();
        }

        if (call.VmSeq != target.VmSeq)
        {
            return SyscallResult.Error(Status.Estale);
        }

        ulong advised = 0;
        for (var k = 0; k < call.Iovec.Length; k++)
        {
            var (address, length) = call.Iovec[k];
            var checkpoint = context.Checkpoint();
            var status = Element(context, target, address, length, call.Advice);
            if (status != Status.Ok)
            {
                context.Rollback(checkpoint);
                return k == 0 ? SyscallResult.Error(status) : SyscallResult.Ok(Value.Int(advised));
            }

            advised = unchecked(advised + length);
        }

        return SyscallResult.Ok(Value.Int(advised));
    }

    /// <summary>One element, as madvise(addr, len, advice): unaligned start or a wrapping end (EINVAL), a hole (ENOMEM), then each mapping piece.</summary>
    private static Status Element(CallContext context, ProcessState target, ulong address, ulong length, uint advice)
    {
        if (!KernelLayout.IsPageAligned(address))
        {
            return Status.Einval;
        }

        if (length == 0)
        {
            return Status.Ok;
        }

        if (!Ranges.TryRoundUp(length, out var rounded) || !Ranges.TryEnd(address, rounded, out _))
        {
            return Status.Einval;
        }

        var end = address + rounded;
        var pieces = new List<(Mapping Mapping, ulong Start, ulong Stop)>();
        var cursor = address;
        foreach (var mapping in target.Mappings.Where(m => m.Address < end && address < m.End).OrderBy(m => m.Address))
        {
            if (mapping.Address > cursor)
            {
                return Status.Enomem;
            }

            var stop = Math.Min(mapping.End, end);
            pieces.Add((mapping, cursor, stop));
            cursor = stop;
        }

        if (cursor != end)
        {
            return Status.Enomem;
        }

        context.Require(pieces.Select(p => (p.Mapping.Vmo.Koid, p.Mapping.Vmo.Actor!)).Distinct());
        foreach (var (mapping, start, stop) in pieces)
        {
            var status = Piece(context, mapping, start, stop - start, advice);
            if (status != Status.Ok)
            {
                return status;
            }
        }

        return Status.Ok;
    }

    private static Status Piece(CallContext context, Mapping mapping, ulong start, ulong length, uint advice)
    {
        var vmo = context.Vmo(mapping.Vmo);
        var size = VmoAccess.SizeOf(context, vmo);
        var offset = mapping.VmoOffset + (start - mapping.Address);
        if (offset < mapping.VmoOffset || offset >= size)
        {
            // The part of a mapping past its VMO's end has nothing to advise.
            return Status.Ok;
        }

        var handle = new HandleEntry(0, mapping.Vmo, Rights.Write);
        var range = Math.Min(length, size - offset);
        var result = advice switch
        {
            ProcessInfoOptions.MadvDontNeed => OpRange.Decommit.Run(context, new Abi.VmoOpRange(0, VmoOp.Decommit, offset, range), handle),
            ProcessInfoOptions.MadvCold => OpRange.DontNeed.Run(context, new Abi.VmoOpRange(0, VmoOp.DontNeed, offset, range), handle),
            _ => OpRange.AlwaysNeed.Run(context, new Abi.VmoOpRange(0, VmoOp.AlwaysNeed, offset, range), handle),
        };
        return result.Status switch
        {
            Status.ZxOk => Status.Ok,
            Status.ZxErrBadState => Status.Ebusy,
            _ => Status.Einval,
        };
    }
}
