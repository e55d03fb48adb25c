namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// A process killed and reaped at once (L-14): its blocked threads are gone (their waiters and unread messages
/// forgotten), its descriptors closed (a last close releases a uffd or wakes a pipe's readers), its mm and page
/// entries dropped and the frames nobody maps any more given back; it leaves the router once the call commits.
/// </summary>
internal static class ProcessEnd
{
    public static void Run(CallContext context, ulong pid)
    {
        UffdFaults.Forget(context, pid);
        foreach (var fd in context.Linux.Mm(pid)!.Fds.Keys.ToList())
        {
            Descriptors.Close(context, pid, fd);
        }

        context.Linux = context.Linux with { Mms = context.Linux.Mms.Remove(pid) };
        AnonPages.Collect(context);
        context.Effects.Ended(pid);
    }
}
