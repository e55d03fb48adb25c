using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>Shorthands for the (state, result) pair every Step returns.</summary>
public static class Outcome
{
    /// <summary>A failed call: the state is returned unchanged (the same instance).</summary>
    public static (KernelState State, SyscallResult Result) Fail(KernelState state, Status status) =>
        (state, SyscallResult.Error(status));

    public static (KernelState State, SyscallResult Result) ZxOk(KernelState state, Value? value = null) =>
        (state, SyscallResult.ZxOk(value));

    public static (KernelState State, SyscallResult Result) Ok(KernelState state, Value? value = null) =>
        (state, SyscallResult.Ok(value));
}
