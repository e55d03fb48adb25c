using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Linux.Rules;

/// <summary>
/// Opening and closing descriptors. An object lives while a descriptor in any process names it. The
/// last close of a uffd unregisters every VMA registered with it and wakes all its waiters, whose
/// faults are then retried as ordinary ones (L-13, U25); the last close of a pipe's write end wakes
/// its readers, who then read EOF (L-19).
/// </summary>
public static class LinuxFiles
{
    /// <summary>Gives the process the lowest free descriptor for <paramref name="entry"/>.</summary>
    public static KernelState Open(KernelState state, ulong process, FdEntry entry, out uint fd)
    {
        var me = state.Me(process);
        fd = me.LowestFreeFd();
        return state.With(process, me with { Fds = me.Fds.Add(fd, entry) });
    }

    /// <summary>Closes an open descriptor and releases what it was the last to name.</summary>
    public static KernelState Close(KernelState state, ulong process, uint fd)
    {
        var me = state.Me(process);
        var entry = me.Fds[fd];
        var after = state.With(process, me with { Fds = me.Fds.Remove(fd) });
        return Release(after, entry);
    }

    /// <summary>Whether any process still holds a descriptor of this kind for this target.</summary>
    public static bool Named(KernelState state, FdKind kind, ulong target) =>
        state.Linux.Processes.Values.Any(p => p.Fds.Values.Any(e => e.Kind == kind && e.Target == target));

    private static KernelState Release(KernelState state, FdEntry entry)
    {
        switch (entry.Kind)
        {
            case FdKind.Uffd when !Named(state, FdKind.Uffd, entry.Target):
                return ReleaseUffd(state, entry.Target);
            case FdKind.PipeWrite when !Named(state, FdKind.PipeWrite, entry.Target):
                return DropPipeIfUnused(Blocking.WakePipe(state, entry.Target), entry.Target);
            case FdKind.PipeRead:
                return DropPipeIfUnused(state, entry.Target);
            default:
                return state;
        }
    }

    private static KernelState ReleaseUffd(KernelState state, ulong uffd)
    {
        var woken = Blocking.WakeUffd(state, uffd);
        var world = woken.Linux;
        foreach (var (koid, p) in world.Processes)
        {
            var registered = p.Vmas.Values.Where(v => v.Uffd == uffd).ToList();
            if (registered.Count > 0)
            {
                world = world.WithProcess(koid, p with
                {
                    Vmas = p.Vmas.SetItems(registered.Select(v => KeyValuePair.Create(v.Start, v with { Uffd = 0, Flags = v.Flags & ~VmFlags.UffdMissing }))),
                });
            }
        }

        return woken.With(world with { Uffds = world.Uffds.Remove(uffd) });
    }

    private static KernelState DropPipeIfUnused(KernelState state, ulong pipe) =>
        Named(state, FdKind.PipeRead, pipe) || Named(state, FdKind.PipeWrite, pipe)
            ? state
            : state.With(state.Linux with { Pipes = state.Linux.Pipes.Remove(pipe) });
}
