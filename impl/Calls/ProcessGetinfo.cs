using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// process_getinfo's answer from one consistent view of the processes and their VMOs (INV-INFO-05..08,
/// INV-INFO-12): unknown flag or mask bits or no process (EINVAL) are checked before any lookup,
/// unknown processes (ESRCH) by the caller of <see cref="Answer"/>; then denied facts (EACCES unless
/// PROCESS_GETINFO_DUMMY_ON_DENIED), then the buffer size (E2BIG with the size needed).
/// </summary>
internal static class ProcessGetinfo
{
    /// <summary>
    /// The looks the seeded retry bug (issue 16) takes: after its first attempt, getinfo re-validates the VMOs it took
    /// against processes looked at without their lock just before the freeze, not against the frozen processes.
    /// Null for a first attempt and for a correct kernel, which re-validates against what it froze.
    /// </summary>
    public static LockLooks? RetryLooks(int attempt, IEnumerable<ulong> processes, SeededBugSet bugs) =>
        attempt > 1 && bugs.Has(SeededBug.GetinfoRetriesOnceThenTrustsLook)
            ? new LockLooks(new HashSet<ulong>(), false, []) { Processes = processes.ToHashSet() }
            : null;

    public static SyscallResult? ArgumentError(Abi.ProcessGetinfo call) =>
        (call.Flags & ~ProcessInfoOptions.KnownFlags) != 0 || (call.Mask & ~ProcessInfoOptions.KnownMask) != 0 || call.Procs.IsEmpty
            ? SyscallResult.Error(Status.Einval)
            : null;

    /// <summary>The answer, given each named process's state and the pages each VMO holds, all seen at one instant.</summary>
    public static SyscallResult Answer(Abi.ProcessGetinfo call, ulong caller, IReadOnlyDictionary<ulong, ProcessState> processes, Func<ulong, ulong> committedPages)
    {
        var records = call.Procs.Select(koid => ProcessFacts.Read(processes[koid], caller, call.Mask, committedPages)).ToList();
        if ((call.Flags & ProcessInfoOptions.DummyOnDenied) == 0 && records.Any(r => r.Denied != 0))
        {
            return SyscallResult.Error(Status.Eacces);
        }

        var layout = records.Select(r => r.Record()).ToList();
        var size = ProcessInfoLayout.Size(layout);
        if (call.BufSize < size)
        {
            return new SyscallResult(Status.E2big, Value.Record(("size", Value.Int(size))));
        }

        return SyscallResult.Ok(Value.Record(("size", Value.Int(size)), ("buffer", Value.Of(ByteString.Of(ProcessInfoLayout.Encode(layout))))));
    }
}
