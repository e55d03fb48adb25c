using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Replay;

/// <summary>
/// One syscall of a replayed run, from issue to answer, with the step numbers of the full step log
/// (<c>replay --actors</c>) at which each thing happened: which user thread made it, the VMO states it
/// looked at without a lock, its linearization (the facts of the VMOs it touched) and its answer.
/// </summary>
public sealed class TimelineCall(int number, string thread, ulong process, Syscall call, int issuedAt)
{
    /// <summary>1-based, in the order the kernel received the calls.</summary>
    public int Number { get; } = number;

    /// <summary><c>set-up thread</c> or <c>user thread N</c>.</summary>
    public string Thread { get; } = thread;

    public ulong Process { get; } = process;

    public Syscall Call { get; } = call;

    public int IssuedAt { get; } = issuedAt;

    /// <summary>Unlocked looks (peeks) at VMOs: the step and the VMO's koid, lock count, discard state and pinned pages then.</summary>
    public List<(int Step, ulong Koid, long LockCount, string DiscardState, int PinnedPages)> Looks { get; } = [];

    public int? CommittedAt { get; set; }

    public CallLinearizedNotification? Commit { get; set; }

    public int? AnsweredAt { get; set; }

    public SyscallResult? Result { get; set; }

    /// <summary>The result as linearized, or as answered when the answer came without a linearization this log saw.</summary>
    public SyscallResult? Outcome => Commit?.Result ?? Result;

    /// <summary>The koids of the VMOs the call touched at its linearization point.</summary>
    public IEnumerable<ulong> Touched => Commit is null ? [] : Commit.Vmos.Select(v => v.Koid);
}
