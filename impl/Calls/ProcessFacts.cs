using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// One procrec of a process_getinfo answer. A fact not asked for, or denied (its bit in <c>Denied</c>),
/// is zero; mappings are listed only when PROCESS_VM_MEMORY_MAP is asked for and granted, ascending.
/// </summary>
public sealed record ProcessFacts(ulong Koid, ulong Denied, ulong HandleCount, ulong CommittedBytes, ulong VmSeq, ImmutableArray<Mapping> Mappings)
{
    /// <summary>
    /// The facts in <paramref name="mask"/> about <paramref name="process"/> as <paramref name="caller"/>
    /// may see them; <paramref name="committedPages"/> gives the pages each VMO koid holds itself.
    /// </summary>
    public static ProcessFacts Read(ProcessState process, ulong caller, ulong mask, Func<ulong, ulong> committedPages)
    {
        var denied = process.ReadableBy(caller) ? 0 : mask & ~ProcessInfoOptions.Koid;
        var granted = mask & ~denied;
        bool Has(ulong fact) => (granted & fact) != 0;
        return new ProcessFacts(
            Has(ProcessInfoOptions.Koid) ? process.Koid : 0,
            denied,
            Has(ProcessInfoOptions.HandleCount) ? (ulong)process.Handles.Count : 0,
            Has(ProcessInfoOptions.CommittedBytes) ? HeldVmos(process).Aggregate(0UL, (sum, koid) => sum + (committedPages(koid) * KernelLayout.PageSize)) : 0,
            Has(ProcessInfoOptions.VmSeq) ? process.VmSeq : 0,
            Has(ProcessInfoOptions.VmMemoryMap) ? [.. process.Mappings.OrderBy(m => m.Address)] : []);
    }


    /// <summary>The procrec these facts fill in the ABI layout.</summary>
    public ProcessInfoRecord Record() =>
        new(Koid, Denied, HandleCount, CommittedBytes, VmSeq, [.. Mappings.Select(m => new VmaInfoRecord(m.Permissions, m.Address, m.End, m.Vmo.Koid))]);

    /// <summary>The VMOs a process holds a handle to or maps, each once (koid → actor).</summary>
    public static IReadOnlyDictionary<ulong, Microsoft.Coyote.Actors.ActorId> HeldVmoActors(ProcessState process) =>
        process.Handles.Values.Select(h => h.Object).Concat(process.Mappings.Select(m => m.Vmo))
            .Where(o => o.Kind == ObjectKind.Vmo)
            .DistinctBy(o => o.Koid)
            .ToDictionary(o => o.Koid, o => o.Actor!);

    private static IEnumerable<ulong> HeldVmos(ProcessState process) => HeldVmoActors(process).Keys;
}
