using VmoKernel.Kernel.Linux.State;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Locking;

/// <summary>
/// What a deep seeded bug (issue 16) reads without the lock just before it takes it (<see cref="Transaction.AcquireAsync"/>):
/// the VMOs named in <paramref name="Vmos"/>, the Linux world when <paramref name="World"/>, the processes in
/// <see cref="Processes"/>; and what each read saw (the VMOs' in <paramref name="Seen"/>).
/// </summary>
internal sealed record LockLooks(IReadOnlySet<ulong> Vmos, bool World, Dictionary<ulong, VmoState> Seen)
{
    /// <summary>The processes to look at (by koid) just before they are frozen.</summary>
    public IReadOnlySet<ulong> Processes { get; init; } = new HashSet<ulong>();

    /// <summary>The processes as the looks saw them.</summary>
    public Dictionary<ulong, ProcessState> SeenProcesses { get; } = [];

    /// <summary>The Linux world as the look saw it, when <see cref="World"/> asked for one.</summary>
    public LinuxWorldState? SeenWorld { get; set; }

    /// <summary>Whether <paramref name="target"/> is to be looked at before it is taken.</summary>
    public bool Wants(LockTarget target) => target.Class switch
    {
        LockClass.Vmo => Vmos.Contains(target.Koid),
        LockClass.LinuxWorld => World,
        LockClass.Process => Processes.Contains(target.Koid),
        _ => false,
    };
}
