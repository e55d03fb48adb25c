using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>zx_pager_create(options) -> handle. Any option is INVALID_ARGS. The handle has the default pager rights.</summary>
public static class PagerCreate
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.PagerCreate call)
    {
        if (call.Options != 0)
        {
            return Outcome.Fail(state, Status.ZxErrInvalidArgs);
        }

        var after = state.NewObject(ObjectType.Pager, out var pager)
            .AddHandle(process, pager, ObjectType.Pager, Rights.DefaultPager, out var handle);
        return Outcome.ZxOk(after, Value.Int(handle));
    }
}
