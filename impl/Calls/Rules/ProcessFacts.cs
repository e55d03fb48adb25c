using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>
/// One procrec of a process_getinfo answer. A fact not asked for, or denied (its bit in <c>Denied</c>),
/// is zero; mappings are listed only when PROCESS_VM_MEMORY_MAP is asked for and granted, ascending.
/// </summary>
internal sealed record ProcessFacts(ulong Koid, ulong Denied, ulong HandleCount, ulong CommittedBytes, ulong VmSeq, ImmutableArray<Mapping> Mappings)
{
    /// <summary>
    /// The facts in <paramref name="mask"/> about <paramref name="process"/> as <paramref name="caller"/>
    /// may see them; <paramref name="committedPages"/> gives the pages each VMO koid holds itself.
    /// </summary>
    public static ProcessFacts Read(ProcessState process, ulong caller, ulong mask, Func<ulong, ulong> committedPages)
    {
        // The koid is never secret; every other fact needs the caller to be the process or one of its creators.
        var readable = process.ReadableBy(caller);
        bool Granted(ulong fact) => (mask & fact) != 0 && (readable || fact == ProcessInfoOptions.Koid);
        ulong CommittedBytes() => HeldVmos(process).Select(committedPages).Aggregate(0UL, (sum, pages) => sum + (pages * KernelLayout.PageSize));
        return new ProcessFacts(
            Koid: Granted(ProcessInfoOptions.Koid) ? process.Koid : 0,
            Denied: readable ? 0 : mask & ~ProcessInfoOptions.Koid,
            HandleCount: Granted(ProcessInfoOptions.HandleCount) ? (ulong)process.Handles.Count : 0,
            CommittedBytes: Granted(ProcessInfoOptions.CommittedBytes) ? CommittedBytes() : 0,
            VmSeq: Granted(ProcessInfoOptions.VmSeq) ? process.VmSeq : 0,
            Mappings: Granted(ProcessInfoOptions.VmMemoryMap) ? [.. process.Mappings.OrderBy(m => m.Address)] : []);
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

    public static IEnumerable<ulong> HeldVmos(ProcessState process) => HeldVmoActors(process).Keys;
}
