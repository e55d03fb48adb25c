using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>zx_port_create(options) -> handle. Options other than 0 or ZX_PORT_BIND_TO_INTERRUPT (1) are INVALID_ARGS.</summary>
public static class PortCreate
{
    private const uint BindToInterrupt = 1;

    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.PortCreate call)
    {
        if ((call.Options & ~BindToInterrupt) != 0)
        {
            return Outcome.Fail(state, Status.ZxErrInvalidArgs);
        }

        var after = state.NewObject(ObjectType.Port, out var port)
            .AddHandle(process, port, ObjectType.Port, Rights.DefaultPort, out var handle);
        return Outcome.ZxOk(after, Value.Int(handle));
    }
}
