using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// One procrec of a process_getinfo answer, read from a single <see cref="KernelState"/> (the
/// snapshot, INV-INFO-05). A fact not requested, or denied (its bit in <see cref="Denied"/>), is zero;
/// <see cref="Mappings"/> is empty unless PROCESS_VM_MEMORY_MAP was requested and granted
/// (INV-GETINFO-02, INV-GETINFO-03).
/// </summary>
public sealed record ProcessFacts(
    ulong Koid,
    ulong Denied,
    ulong HandleCount,
    ulong CommittedBytes,
    ulong VmSeq,
    ImmutableArray<Mapping> Mappings)
{
    /// <summary>The facts in <paramref name="mask"/> about live process <paramref name="target"/>, as <paramref name="caller"/> may see them.</summary>
    public static ProcessFacts Read(KernelState state, ulong caller, ulong target, ulong mask)
    {
        var process = state.Processes[target];
        var denied = ProcessAccess.DeniedFacts(state, caller, target, mask);
        var granted = mask & ~denied;
        bool Has(ulong fact) => (granted & fact) != 0;
        return new ProcessFacts(
            Has(ProcessInfoOptions.Koid) ? process.Koid : 0,
            denied,
            Has(ProcessInfoOptions.HandleCount) ? (ulong)process.Handles.Count : 0,
            Has(ProcessInfoOptions.CommittedBytes) ? CommittedBytesOf(state, process) : 0,
            Has(ProcessInfoOptions.VmSeq) ? process.VmSeq : 0,
            Has(ProcessInfoOptions.VmMemoryMap) ? [.. process.Mappings.Values] : []);
    }


    /// <summary>The procrec these facts fill in the ABI layout.</summary>
    public ProcessInfoRecord Record() =>
        new(Koid, Denied, HandleCount, CommittedBytes, VmSeq, [.. Mappings.Select(m => new VmaInfoRecord(m.Permissions, m.Address, m.End, m.VmoKoid))]);

    /// <summary>
    /// Bytes committed by the VMOs the process holds a handle to or maps, each VMO counted once; a VMO
    /// counts the frames it holds itself (INV-MEM-04), so a page is never counted twice across VMOs.
    /// </summary>
    public static ulong CommittedBytesOf(KernelState state, ProcessState process)
    {
        var vmos = process.Handles.Values.Where(h => h.Type == ObjectType.Vmo).Select(h => h.Koid)
            .Concat(process.Mappings.Values.Select(m => m.VmoKoid))
            .ToHashSet();
        return vmos.Aggregate(0UL, (sum, koid) =>
            sum + (state.Vmos.TryGetValue(koid, out var vmo) ? (ulong)vmo.Pages.Count * Ranges.PageSize : 0));
    }
}
