using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// process_madvise(proc, iovec, advice, flags, vm_seq), in the order of INV-INFO-13: flags != 0
/// (EINVAL); proc names no live process (ESRCH); the caller may not read proc's VM facts (EPERM,
/// the access rule of INV-GETINFO-03); advice not MADV_DONTNEED / MADV_COLD / MADV_WILLNEED (EINVAL);
/// vm_seq is not proc's current vm_seq (ESTALE, nothing changes: INV-INFO-10); then each element in
/// order (<see cref="MadviseElement"/>). As Linux: when element k > 0 fails, OK with the bytes of
/// elements 0..k-1 (as given, not rounded) and those elements applied; when element 0 fails, its
/// error and nothing changed (INV-INFO-11, INV-MADV-03, INV-MADV-04). Advice never moves vm_seq.
/// </summary>
public static class ProcessMadvise
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.ProcessMadvise call)
    {
        var status = Check(state, process, call);
        if (status != Status.Ok)
        {
            return Outcome.Fail(state, status);
        }

        var working = state;
        ulong advised = 0;
        for (var k = 0; k < call.Iovec.Length; k++)
        {
            var (address, length) = call.Iovec[k];
            status = MadviseElement.Apply(working, call.Proc, address, length, call.Advice, out var after);
            if (status != Status.Ok)
            {
                return k == 0 ? Outcome.Fail(state, status) : Outcome.Ok(working, Value.Int(advised));
            }

            working = after;
            advised = unchecked(advised + length);
        }

        return Outcome.Ok(working, Value.Int(advised));
    }

    private static Status Check(KernelState state, ulong process, Abi.ProcessMadvise call)
    {
        if (call.Flags != 0)
        {
            return Status.Einval;
        }

        if (!state.Processes.TryGetValue(call.Proc, out var target))
        {
            return Status.Esrch;
        }

        if (!ProcessAccess.MayReadAll(state, process, call.Proc))
        {
            return Status.Eperm;
        }

        if (call.Advice is not (ProcessInfoOptions.MadvDontNeed or ProcessInfoOptions.MadvCold or ProcessInfoOptions.MadvWillNeed))
        {
            return Status.Einval;
        }

        return call.VmSeq != target.VmSeq ? Status.Estale : Status.Ok;
    }
}
