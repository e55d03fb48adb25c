using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// process_getinfo(procs, flags, mask, buf_size) after seed 004, in the order of INV-INFO-12: unknown
/// flag or mask bits (EINVAL); no process named (EINVAL); a koid that names no live process (ESRCH);
/// a denied fact without PROCESS_GETINFO_DUMMY_ON_DENIED (EACCES, INV-INFO-07); a buffer smaller
/// than the answer (E2BIG, value <c>{size: needed}</c>, INV-INFO-06). Otherwise OK with
/// <c>{size: used, buffer}</c>. Every fact comes from the one state the call sees, which is the
/// snapshot INV-INFO-05 asks for, and the call never changes the state (INV-GETINFO-04).
/// </summary>
public static class ProcessGetinfo
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.ProcessGetinfo call)
    {
        if ((call.Flags & ~ProcessInfoOptions.KnownFlags) != 0 || (call.Mask & ~ProcessInfoOptions.KnownMask) != 0
            || call.Procs.IsEmpty)
        {
            return Outcome.Fail(state, Status.Einval);
        }

        if (call.Procs.Any(koid => !state.Processes.ContainsKey(koid)))
        {
            return Outcome.Fail(state, Status.Esrch);
        }

        var records = call.Procs.Select(koid => ProcessFacts.Read(state, process, koid, call.Mask)).ToList();
        if ((call.Flags & ProcessInfoOptions.DummyOnDenied) == 0 && records.Any(r => r.Denied != 0))
        {
            return Outcome.Fail(state, Status.Eacces);
        }

        var layout = records.Select(r => r.Record()).ToList();
        var size = ProcessInfoLayout.Size(layout);
        if (call.BufSize < size)
        {
            return (state, new SyscallResult(Status.E2big, Value.Record(("size", Value.Int(size)))));
        }

        var buffer = ByteString.Of(ProcessInfoLayout.Encode(layout));
        return Outcome.Ok(state, Value.Record(("size", Value.Int(size)), ("buffer", Value.Of(buffer))));
    }
}
