using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>zx_vmo_create_contiguous: a BTI-backed VMO whose frames are taken at once and never move.</summary>
internal static class VmoCreateContiguous
{
    public static SyscallResult Run(CallContext context, Abi.VmoCreateContiguous call)
    {
        if (call.Size == 0 || (call.AlignmentLog2 != 0 && (call.AlignmentLog2 < 12 || call.AlignmentLog2 >= 64)))
        {
            return SyscallResult.Error(Status.ZxErrInvalidArgs);
        }

        var status = context.View.Lookup(call.Bti, ObjectKind.Bti, Rights.Map, out _);
        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        if (!Ranges.TryRoundUp(call.Size, out var size) || size > Ranges.MaxVmoSize)
        {
            return SyscallResult.Error(Status.ZxErrOutOfRange);
        }

        var pages = size / VmoAccess.PageSize;
        var memory = context.Memory;
        if (memory.FreeFrames < pages || pages > VmoLimits.MaxFramesPerCall)
        {
            return SyscallResult.Error(Status.ZxErrNoMemory);
        }

        context.Need(koids: true);
        context.Memory = memory.AllocateRun(pages, out var first);
        var vmo = context.CreateVmo((koid, actor) => new VmoState
        {
            Koid = koid,
            Actor = actor,
            Size = size,
            Contiguous = true,
            HandleCount = 1,
            Pages = Enumerable.Range(0, (int)pages).ToImmutableSortedDictionary(
                i => (ulong)i, i => new Page(first + (ulong)i, VmoAccess.ZeroPage)),
        });
        for (ulong i = 0; i < pages; i++)
        {
            context.Effects.RecordFrame(first + i, vmo.Koid, i);
        }

        return SyscallResult.ZxOk(Value.Int(context.View.AddHandle(new ObjectRef(vmo.Koid, ObjectKind.Vmo, vmo.Actor), VmoCreation.VmoRights(false))));
    }
}
