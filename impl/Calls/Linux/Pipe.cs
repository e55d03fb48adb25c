using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.Linux.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>pipe(): an empty unbounded pipe (L-19); its read end takes the lowest free descriptor, its write end the next.</summary>
internal static class Pipe
{
    public static SyscallResult Run(CallContext context, Abi.Pipe call)
    {
        context.Need(linux: true);
        if (context.Linux.Mm(context.ProcessKoid) is null)
        {
            return SyscallResult.Error(Status.Esrch);
        }

        var world = context.Linux.NewId(out var id);
        context.Linux = world with { Pipes = world.Pipes.Add(id, new PipeState(id, ByteString.Empty)) };
        var read = Descriptors.Open(context, new Descriptor(DescriptorKind.PipeRead, id));
        var write = Descriptors.Open(context, new Descriptor(DescriptorKind.PipeWrite, id));
        return SyscallResult.Ok(Value.List([Value.Int(read), Value.Int(write)]));
    }
}
