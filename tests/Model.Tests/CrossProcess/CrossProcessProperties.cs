using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VmoKernel.Abi;
using VmoKernel.Model;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Model.CrossProcess;

/// <summary>
/// FsCheck properties over generated sequences of process creation, VMO work, maps, unmaps,
/// transfers, process_getinfo and process_madvise across several processes. After every step p0 asks
/// process_getinfo about every process, and the answer's committed_bytes and mappings must equal
/// what the state holds (INV-INFO-05), computed here from the state; a madvise with a stale vm_seq
/// must answer ESTALE and change nothing (INV-INFO-10); and the step keeps INV-GETINFO-* / INV-MADV-*.
/// </summary>
public sealed class CrossProcessProperties
{
    private const ulong Page = KernelLayout.PageSize;
    private const int Kinds = 12;

    private static readonly Arbitrary<CrossProcessOp[]> Scripts = Arb.From(
        Gen.ArrayOf(
            from kind in Gen.Choose(0, Kinds - 1)
            from actor in Gen.Choose(0, 3)
            from x in Gen.Choose(0, 7)
            from y in Gen.Choose(0, 7)
            select new CrossProcessOp(kind, actor, x, y)),
        ops => Enumerable.Range(0, ops.Length).Select(i => ops.Where((_, j) => j != i).ToArray()));

    [Property(MaxTest = 150, EndSize = 40)]
    [Trait("spec", "INV-GETINFO-02")]
    [Trait("spec", "INV-GETINFO-04")]
    [Trait("spec", "INV-INFO-05")]
    [Trait("spec", "INV-INFO-08")]
    [Trait("spec", "INV-INFO-10")]
    public Property GetinfoEqualsTheStateAndStaleAdviceChangesNothing() =>
        Prop.ForAll(Scripts, ops =>
        {
            var problems = Run(ops).ToList();
            return (problems.Count == 0).Label(string.Join(Environment.NewLine, problems.Take(5)))
                .Classify(ops.Count(o => o.Kind == 0) >= 2, "several processes")
                .Classify(ops.Any(o => o.Kind == 9), "stale madvise");
        });

    private static IEnumerable<string> Run(CrossProcessOp[] ops)
    {
        var state = KernelState.Fresh();
        for (var i = 0; i < ops.Length; i++)
        {
            var (actor, call) = Materialize(state, ops[i]);
            var (after, result) = Kernel.Step(state, actor, call);
            var step = new Transition(state, actor, call, result, after);
            foreach (var v in GetinfoTransitions.Check(step).Concat(MadviseTransitions.Check(step)))
            {
                yield return $"step {i} {call} => {result}: {v}";
            }

            if (ops[i].Kind == 9 && (result.Status != Status.Estale || StateComparer.Difference(state, after) is not null))
            {
                yield return $"step {i} {call} => {result}: INV-INFO-10 a stale madvise must be ESTALE and change nothing";
            }

            state = after;
            foreach (var problem in SnapshotProblems(state))
            {
                yield return $"after step {i} {call}: {problem}";
            }
        }
    }

    /// <summary>p0 reads every process; each record must equal the state, computed here.</summary>
    private static IEnumerable<string> SnapshotProblems(KernelState state)
    {
        var call = new ProcessGetinfo([.. state.Processes.Keys], 0, ProcessInfoOptions.KnownMask, 1 << 20);
        var (after, result) = Kernel.Step(state, KernelState.InitialProcessKoid, call);
        if (!ReferenceEquals(after, state) || result.Status != Status.Ok)
        {
            yield return $"INV-GETINFO-04 getinfo => {result} or changed the state";
            yield break;
        }

        var bytes = ((BytesValue)((RecordValue)result.Value)["buffer"]!).Bytes.Bytes;
        var records = GetinfoBuffer.Read(bytes.AsSpan(), out var breach);
        if (records is null)
        {
            yield return $"INV-INFO-08 {breach}";
            yield break;
        }

        foreach (var (record, process) in records.Zip(state.Processes.Values))
        {
            var vmos = process.Handles.Values.Where(h => h.Type == ObjectType.Vmo).Select(h => h.Koid)
                .Union(process.Mappings.Values.Select(m => m.VmoKoid));
            var committed = vmos.Aggregate(0UL, (sum, k) => sum + ((ulong)state.Vmos[k].Pages.Count * Page));
            var mappings = process.Mappings.Values.Select(m => (m.Address, m.End, m.Permissions, m.VmoKoid));
            if (record.CommittedBytes != committed)
            {
                yield return $"INV-INFO-05 process {process.Koid}: committed_bytes {record.CommittedBytes}, the state holds {committed}";
            }

            if (!record.Vmas.Select(v => (v.Start, v.End, v.Prot, v.VmoKoid)).SequenceEqual(mappings))
            {
                yield return $"INV-INFO-05 process {process.Koid}: mappings differ from the state";
            }

            if (record.Koid != process.Koid || record.VmSeq != process.VmSeq || record.HandleCount != (ulong)process.Handles.Count)
            {
                yield return $"INV-INFO-05 process {process.Koid}: koid, vm_seq or handle_count differ from the state";
            }
        }
    }

    /// <summary>The call a generated op stands for, resolved against the current state.</summary>
    private static (ulong Actor, Syscall Call) Materialize(KernelState state, CrossProcessOp op)
    {
        var processes = state.Processes.Values.ToList();
        var actor = processes[op.Actor % processes.Count];
        var other = processes[op.Y % processes.Count];
        var vmos = actor.Handles.Where(h => h.Value.Type == ObjectType.Vmo).Select(h => h.Key).ToList();
        var mappings = other.Mappings.Values.ToList();
        uint Vmo(int i) => vmos.Count == 0 ? 0 : vmos[i % vmos.Count];
        var rootVmar = KernelLayout.HandleValue(1);
        Syscall call = op.Kind switch
        {
            0 => new ProcessCreate(),
            1 => new VmoCreate((ulong)((op.X % 4) + 1) * Page, op.Y % 3 == 2 ? VmoOptions.DiscardableLockless : 0),
            2 => new VmoWrite(Vmo(op.X), (ulong)(op.Y % 4) * Page, ByteString.Of("x"u8)),
            3 => new VmoOpRange(Vmo(op.X), VmoOp.Commit, 0, (ulong)((op.Y % 4) + 1) * Page),
            4 => new VmarMap(rootVmar, VmOptions.PermRead | VmOptions.PermWrite, 0, Vmo(op.X), 0, (ulong)((op.Y % 3) + 1) * Page),
            5 => new VmarUnmap(rootVmar, actor.Mappings.IsEmpty ? KernelLayout.RootVmarBase : actor.Mappings.Keys.ElementAt(op.X % actor.Mappings.Count), (ulong)((op.Y % 2) + 1) * Page),
            6 => new VmoTransferData(Vmo(op.X), 0, 0, Page, Vmo(op.X + 1), 0),
            7 => new HandleClose(Vmo(op.X)),
            8 or 9 => Madvise(other, mappings, op, stale: op.Kind == 9),
            10 => new ProcessGetinfo([.. processes.Select(p => p.Koid)], ProcessInfoOptions.DummyOnDenied, ProcessInfoOptions.KnownMask, (ulong)op.X * 64),
            _ => new VmoOpRange(Vmo(op.X), VmoOp.Decommit, 0, Page),
        };

        // Stale advice is issued by p0, which created every process, so access never hides the ESTALE.
        return (op.Kind == 9 ? KernelState.InitialProcessKoid : actor.Koid, call);
    }

    private static ProcessMadvise Madvise(ProcessState target, List<Mapping> mappings, CrossProcessOp op, bool stale)
    {
        var advice = (op.X % 3) switch
        {
            0 => ProcessInfoOptions.MadvDontNeed,
            1 => ProcessInfoOptions.MadvCold,
            _ => ProcessInfoOptions.MadvWillNeed,
        };
        var ranges = mappings.Count == 0
            ? ImmutableArray.Create((KernelLayout.RootVmarBase, Page))
            : [.. mappings.Take((op.X % 3) + 1).Select(m => (m.Address, m.Length)), (mappings[0].Address + (64 * Page), Page)];
        var seq = stale ? target.VmSeq + 1 + (ulong)op.X : target.VmSeq;
        return new ProcessMadvise(target.Koid, ranges, advice, 0, seq);
    }
}
