using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// process_getinfo over one step. It never changes the state (INV-GETINFO-04). Its answer is read
/// back from the bytes (<see cref="GetinfoBuffer"/>, INV-INFO-08) and compared with the state before
/// the call, computed here from the state itself rather than through the model's rules: every
/// granted fact equals the state at that one instant (INV-INFO-05) — committed bytes are the frames
/// of the distinct VMOs the process holds or maps, mappings are exactly its mappings, none half
/// made — and every denied fact is flagged and zero (INV-GETINFO-03). E2BIG reports exactly the size
/// the answer needs (INV-GETINFO-05).
/// </summary>
public static class GetinfoTransitions
{
    private const ulong AllButKoid = ProcessInfoOptions.KnownMask & ~ProcessInfoOptions.Koid;

    public static IEnumerable<InvariantViolation> Check(Transition t) => t.Call is ProcessGetinfo call ? Checked(t, call) : [];

    private static IEnumerable<InvariantViolation> Checked(Transition t, ProcessGetinfo call)
    {
        if (StateComparer.Difference(t.Before, t.After) is { } change)
        {
            yield return InvariantViolation.Of("INV-GETINFO-04", $"{call} => {t.Result} changed the state: {change}");
        }

        if (t.Result.Status == Status.E2big)
        {
            var needed = Needed(t.Before, t.Process, call);
            if (t.Result.Value is not RecordValue { } e2big || e2big["size"] is not IntValue { Number: var size } || size != needed || call.BufSize >= needed)
            {
                yield return InvariantViolation.Of("INV-GETINFO-05", $"{call} => {t.Result}: needed {needed} bytes");
            }

            yield break;
        }

        if (!t.Result.Succeeded)
        {
            yield break;
        }

        foreach (var violation in CheckAnswer(t.Before, t.Process, call, t.Result))
        {
            yield return violation;
        }
    }

    /// <summary>The answer of a successful process_getinfo checked against the state it was taken from.</summary>
    public static IEnumerable<InvariantViolation> CheckAnswer(KernelState state, ulong caller, ProcessGetinfo call, SyscallResult result)
    {
        if (result.Value is not RecordValue answer || answer["size"] is not IntValue { Number: var size }
            || answer["buffer"] is not BytesValue { Bytes: var bytes } || (ulong)bytes.Length != size)
        {
            yield return InvariantViolation.Of("INV-INFO-08", $"{call}: the value {result.Value} is not {{size, buffer}} with size = the buffer's length");
            yield break;
        }

        var records = GetinfoBuffer.Read(bytes.Bytes.AsSpan(), out var breach);
        if (records is null)
        {
            yield return InvariantViolation.Of("INV-INFO-08", $"{call}: {breach}");
            yield break;
        }

        if (records.Count != call.Procs.Length)
        {
            yield return InvariantViolation.Of("INV-GETINFO-01", $"{call}: {records.Count} records for {call.Procs.Length} processes asked");
            yield break;
        }

        for (var i = 0; i < records.Count; i++)
        {
            var expected = Expected(state, caller, call.Procs[i], call.Mask);
            if (records[i] != expected && !SameRecord(records[i], expected))
            {
                var id = records[i].Denied != expected.Denied ? "INV-GETINFO-03" : "INV-INFO-05";
                yield return InvariantViolation.Of(id, $"{call}: record {i} is {Render(records[i])}, the state holds {Render(expected)}");
            }
        }
    }

    /// <summary>What the record for <paramref name="koid"/> must say, read straight from the state.</summary>
    public static ReportedProcess Expected(KernelState state, ulong caller, ulong koid, ulong mask)
    {
        var process = state.Processes[koid];
        var denied = Related(state, caller, koid) ? 0 : mask & AllButKoid;
        var granted = mask & ~denied;
        bool Has(ulong fact) => (granted & fact) != 0;
        var vmoKoids = new HashSet<ulong>(process.Handles.Values.Where(h => h.Type == ObjectType.Vmo).Select(h => h.Koid));
        vmoKoids.UnionWith(process.Mappings.Values.Select(m => m.VmoKoid));
        var committed = vmoKoids.Where(state.Vmos.ContainsKey).Sum(k => (long)state.Vmos[k].Pages.Count) * (long)KernelLayout.PageSize;
        return new ReportedProcess(
            Has(ProcessInfoOptions.Koid) ? koid : 0,
            (uint)denied,
            Has(ProcessInfoOptions.HandleCount) ? (ulong)process.Handles.Count : 0,
            Has(ProcessInfoOptions.CommittedBytes) ? (ulong)committed : 0,
            Has(ProcessInfoOptions.VmSeq) ? process.VmSeq : 0,
            Has(ProcessInfoOptions.VmMemoryMap)
                ? [.. process.Mappings.Values.OrderBy(m => m.Address).Select(m => new ReportedVma(m.Address, m.Address + m.Length, m.Permissions, m.VmoKoid))]
                : []);
    }

    /// <summary>The bytes a process_getinfo answer takes, for the E2BIG check.</summary>
    public static ulong Needed(KernelState state, ulong caller, ProcessGetinfo call) =>
        call.Procs.Aggregate(ProcessInfoOptions.HeaderBytes, (size, koid) =>
            size + ProcessInfoOptions.ProcrecBytes
            + ((ulong)Expected(state, caller, koid, call.Mask).Vmas.Length * ProcessInfoOptions.VmaBytes));

    /// <summary>The caller is the process or one of its creators (INV-GETINFO-03).</summary>
    private static bool Related(KernelState state, ulong caller, ulong koid)
    {
        var seen = new HashSet<ulong>();
        for (var current = koid; seen.Add(current) && state.Processes.TryGetValue(current, out var p); current = p.Creator)
        {
            if (current == caller)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameRecord(ReportedProcess a, ReportedProcess b) =>
        a with { Vmas = [] } == b with { Vmas = [] } && a.Vmas.SequenceEqual(b.Vmas);

    private static string Render(ReportedProcess r) =>
        $"{{koid {r.Koid}, denied 0x{r.Denied:x}, handles {r.HandleCount}, committed {r.CommittedBytes}, vm_seq {r.VmSeq}, "
        + $"vmas [{string.Join(", ", r.Vmas.Select(v => $"0x{v.Start:x}-0x{v.End:x} prot {v.Prot} vmo {v.VmoKoid}"))}]}}";
}
