using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// The calling process's descriptor table (L-14: 0-2 open and naming nothing modelled, a new descriptor takes the
/// lowest free number) and the last close of the object a descriptor names, counted over every process's table,
/// since fork copies descriptors and a copy keeps the object open (L-13).
/// </summary>
internal static class Descriptors
{
    /// <summary>What <paramref name="fd"/> of the calling process names, or null when it is not open.</summary>
    public static Descriptor? Find(CallContext context, uint fd) =>
        context.Linux.Mm(context.ProcessKoid)?.Fds.GetValueOrDefault(fd);

    /// <summary>Opens <paramref name="descriptor"/> in the calling process at the lowest free number, which it returns.</summary>
    public static uint Open(CallContext context, Descriptor descriptor)
    {
        var mm = context.Linux.Mm(context.ProcessKoid)!;
        uint fd = 0;
        while (mm.Fds.ContainsKey(fd))
        {
            fd++;
        }

        context.Linux = context.Linux.WithMm(context.ProcessKoid, mm with { Fds = mm.Fds.Add(fd, descriptor) });
        return fd;
    }

    /// <summary>How many descriptors of every process name <paramref name="target"/> as <paramref name="kind"/>.</summary>
    public static int Count(LinuxWorldState world, DescriptorKind kind, ulong target) =>
        world.Mms.Values.Sum(mm => mm.Fds.Values.Count(d => d.Kind == kind && d.Target == target));

    /// <summary>Closes <paramref name="fd"/> of process <paramref name="pid"/> (it must be open), then runs the release of what it named if that was the last descriptor.</summary>
    public static void Close(CallContext context, ulong pid, uint fd)
    {
        var mm = context.Linux.Mm(pid)!;
        var descriptor = mm.Fds[fd];
        context.Linux = context.Linux.WithMm(pid, mm with { Fds = mm.Fds.Remove(fd) });
        if (Count(context.Linux, descriptor.Kind, descriptor.Target) > 0)
        {
            return;
        }

        switch (descriptor.Kind)
        {
            case DescriptorKind.Uffd:
                UffdRelease.Run(context, descriptor.Target);
                break;
            case DescriptorKind.PipeWrite:
                // The last writer gone: a reader blocked on an empty pipe wakes to EOF (L-19).
                UffdFaults.WakeAll(context, WaitReason.PipeData, descriptor.Target);
                DropPipeIfUnused(context, descriptor.Target);
                break;
            case DescriptorKind.PipeRead:
                DropPipeIfUnused(context, descriptor.Target);
                break;
        }
    }

    private static void DropPipeIfUnused(CallContext context, ulong pipe)
    {
        var world = context.Linux;
        if (Count(world, DescriptorKind.PipeRead, pipe) == 0 && Count(world, DescriptorKind.PipeWrite, pipe) == 0)
        {
            context.Linux = world with { Pipes = world.Pipes.Remove(pipe) };
        }
    }
}
