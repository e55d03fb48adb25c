using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Proof.Agreement;

/// <summary>A small concrete kernel state built by real calls, and the call whose step is compared.</summary>
public sealed record ConcreteCase(KernelState State, Syscall Call, IReadOnlyList<uint> VmoHandles)
{
    public override string ToString() => $"{Call} on VMOs {string.Join(", ", State.Vmos.Values.Select(v => $"{v.Koid}: {v.Size / 4096} pages, {v.Traits}, pages [{string.Join(",", v.Pages.Keys)}], pins [{string.Join(",", v.Pins.Keys)}], lock {v.Discard.LockCount}{(v.Discard.Discarded ? " discarded" : "")}"))}";
}
