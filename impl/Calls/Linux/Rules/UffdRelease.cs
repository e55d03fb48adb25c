using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// userfaultfd_release, the last close of a uffd (L-13, U25): every area registered with it is unregistered and
/// every thread waiting on it is woken (a fault retries as an ordinary one, a blocked reader finds the descriptor
/// gone), so nobody waits for a handler that no longer exists.
/// </summary>
internal static class UffdRelease
{
    public static void Run(CallContext context, ulong uffd)
    {
        var world = context.Linux;
        foreach (var (pid, mm) in world.Mms)
        {
            if (mm.Areas.Values.Any(a => a.Uffd == uffd))
            {
                world = world.WithMm(pid, AreaRegistration.Unregister(mm, 0, ulong.MaxValue, uffd));
            }
        }

        context.Linux = world;
        if (!context.Bugs.Has(SeededBug.LastCloseForgetsWaiters))
        {
            UffdFaults.WakeAll(context, WaitReason.Fault, uffd);
            UffdFaults.WakeAll(context, WaitReason.UffdMessage, uffd);
        }

        context.Linux = context.Linux with { Uffds = context.Linux.Uffds.Remove(uffd) };
    }
}
