using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_pager_create_vmo(pager, options, port, key, size) -> handle. Order: pager handle with ATTACH;
/// port handle with WRITE; the zx_vmo_create flag rules; a discardable request (INVALID_ARGS); size
/// above the maximum (OUT_OF_RANGE). The model has no pager thread: a page nobody supplied reads as
/// zeros, as if the pager had supplied a zero page (spec/decisions.md).
/// </summary>
public static class PagerCreateVmo
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.PagerCreateVmo call)
    {
        if (!HandleLookup.TryGet(state, process, call.Pager, ObjectType.Pager, Rights.Attach, out var pager, out var error)
            || !HandleLookup.TryGet(state, process, call.Port, ObjectType.Port, Rights.Write, out _, out error)
            || !CreateFlags.TryParse(call.Options, call.Size, out var traits, out var size, out error))
        {
            return Outcome.Fail(state, error);
        }

        if ((traits & VmoTraits.Discardable) != 0)
        {
            return Outcome.Fail(state, Status.ZxErrInvalidArgs);
        }

        if (size > Ranges.MaxVmoSize)
        {
            return Outcome.Fail(state, Status.ZxErrOutOfRange);
        }

        var created = state.NewVmo(
            koid => VmoState.Create(koid, size, traits | VmoTraits.PagerBacked, state.Clock) with { PagerKoid = pager.Koid },
            out var vmo);
        var after = created.AddHandle(process, vmo, ObjectType.Vmo, CreateFlags.RightsFor(traits), out var handle);
        return Outcome.ZxOk(after, Value.Int(handle));
    }
}
