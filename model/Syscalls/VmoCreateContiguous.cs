using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_vmo_create_contiguous(bti, size, alignment_log2) -> handle. Order: size 0 (INVALID_ARGS);
/// alignment_log2 neither 0 nor in [12, 64) (INVALID_ARGS); BTI handle with MAP; size rounding wraps or
/// exceeds the maximum (OUT_OF_RANGE); not enough frames (NO_MEMORY). Every page is committed at once
/// on never-used consecutive frames, so the physical addresses are contiguous; the alignment beyond a
/// page is not modelled (spec/decisions.md).
/// </summary>
public static class VmoCreateContiguous
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.VmoCreateContiguous call)
    {
        if (call.Size == 0)
        {
            return Outcome.Fail(state, Status.ZxErrInvalidArgs);
        }

        if (call.AlignmentLog2 != 0 && (call.AlignmentLog2 < 12 || call.AlignmentLog2 >= 64))
        {
            return Outcome.Fail(state, Status.ZxErrInvalidArgs);
        }

        if (!HandleLookup.TryGet(state, process, call.Bti, ObjectType.Bti, Rights.Map, out _, out var error))
        {
            return Outcome.Fail(state, error);
        }

        if (!Ranges.TryRoundUp(call.Size, out var size) || size > Ranges.MaxVmoSize)
        {
            return Outcome.Fail(state, Status.ZxErrOutOfRange);
        }

        var count = size / Ranges.PageSize;
        if (!Frames.CanAllocate(state, count) || !state.Memory.TryAllocateContiguous(count, out var memory, out var first))
        {
            return Outcome.Fail(state, Status.ZxErrNoMemory);
        }

        var pages = ImmutableSortedDictionary.CreateRange(
            Enumerable.Range(0, (int)count).Select(i => KeyValuePair.Create((ulong)i, new PageSlot(first + (ulong)i, PageBytes.Zero))));
        var created = (state with { Memory = memory }).NewVmo(
            koid => VmoState.Create(koid, size, VmoTraits.Contiguous, state.Clock) with { Pages = pages },
            out var vmo);
        var after = created.AddHandle(process, vmo, ObjectType.Vmo, Rights.DefaultVmo, out var handle);
        return Outcome.ZxOk(after, Value.Int(handle));
    }
}
