using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_vmo_create(size, options) -> handle. Checks, in order: both discardable flags (INVALID_ARGS),
/// page rounding of the size wrapping (OUT_OF_RANGE), unknown option bits (INVALID_ARGS), size above
/// the maximum (OUT_OF_RANGE). Commits no pages; the handle has the default VMO rights, plus RESIZE
/// when resizable. A lockless VMO is reclaimable from creation (D-4).
/// </summary>
public static class VmoCreate
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.VmoCreate call)
    {
        if (!CreateFlags.TryParse(call.Options, call.Size, out var traits, out var size, out var error))
        {
            return Outcome.Fail(state, error);
        }

        if (size > Ranges.MaxVmoSize)
        {
            return Outcome.Fail(state, Status.ZxErrOutOfRange);
        }

        var after = state.NewVmo(koid => VmoState.Create(koid, size, traits, state.Clock), out var vmo)
            .AddHandle(process, vmo, ObjectType.Vmo, CreateFlags.RightsFor(traits), out var handle);
        return Outcome.ZxOk(after, Value.Int(handle));
    }
}
