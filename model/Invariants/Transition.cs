using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>One step of the kernel as the two-state invariants see it: the state before, who called what, the result, the state after.</summary>
public sealed record Transition(KernelState Before, ulong Process, Syscall Call, SyscallResult Result, KernelState After)
{
    /// <summary>The VMO a handle of the caller named before the call, or null.</summary>
    public VmoState? VmoBefore(uint handle) =>
        Before.Processes.TryGetValue(Process, out var p) && p.Handles.TryGetValue(handle, out var h) && Before.Vmos.TryGetValue(h.Koid, out var v)
            ? v
            : null;

    public HandleEntry? HandleBefore(uint handle) =>
        Before.Processes.TryGetValue(Process, out var p) && p.Handles.TryGetValue(handle, out var h) ? h : null;

    public bool Failed => !Result.Succeeded;

    /// <summary>
    /// The call replaced no VMO record: the VMO map is the very object it was (states are immutable and
    /// a step shares what it does not change), so checks that compare VMOs before and after can stop here.
    /// </summary>
    public bool VmosUnchanged => ReferenceEquals(Before.Vmos, After.Vmos);

    /// <summary>The VMOs before the call when it replaced some VMO record, else none: what per-VMO comparisons walk.</summary>
    public ImmutableSortedDictionary<ulong, VmoState> VmosToCompare => VmosUnchanged ? ImmutableSortedDictionary<ulong, VmoState>.Empty : Before.Vmos;
}
