using Microsoft.Z3;
using VmoKernel.Abi;
using VmoKernel.Checks.Proofs;
using VmoKernel.Model.State;
using ChildRequest = VmoKernel.Model.Syscalls.ChildRequest;
using ChildRules = VmoKernel.Model.Syscalls.ChildRules;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Tests.Proof.Agreement;

/// <summary>
/// One concrete call bound to the symbolic encoding of its transition: which VMO fills each slot,
/// the facts that fix the call's arguments, and the encoded step. <see cref="Skip"/> names why a call
/// is outside what the encoding describes (then nothing else is set).
/// </summary>
public sealed record EncodedCall(ConcreteBinding? Binding, StepOutcome? Step, string Kind, string? Skip)
{
    /// <summary>
    /// Compared facts (by <see cref="ConcreteBinding.Agreement"/> name) where the encoding in checks/Proofs
    /// is known to disagree with the model; each has a skipped test in <see cref="EncodingGapTests"/>
    /// that shows it on a concrete case. The property leaves them out unless asked to be strict.
    /// </summary>
    public IReadOnlySet<string> KnownGaps { get; init; } = new HashSet<string>();

    /// <summary>The status is a known gap (the property then compares the state after only).</summary>
    public bool StatusGap { get; init; }

    /// <summary>A koid no state reaches, for a slot that must be free before the step.</summary>
    private const ulong FreeSlot = 0xDEAD_0000;

    public static EncodedCall Of(
        Terms t, SymbolicKernel s, ContentNames contents, KernelState before, KernelState after, SyscallResult result, Syscall call, List<BoolExpr> facts, Mutant mutant)
    {
        var ctx = t.Ctx;
        var status = StatusNames.Name(result.Status);
        switch (call)
        {
            case VmoTransferData x:
                {
                    var dst = ConcreteBinding.VmoOf(before, x.Dst);
                    var src = ConcreteBinding.VmoOf(before, x.Src);
                    var binding = new ConcreteBinding(t, contents, Slots(before, dst, src == dst ? null : src));
                    var encoded = TransferDataEncoding.FreshCall(t);
                    binding.HandleFacts(encoded.Dst, before, x.Dst, facts);
                    binding.HandleFacts(encoded.Src, before, x.Src, facts);
                    facts.Add(binding.Eq(encoded.Options, ctx.MkBV(x.Options, 32)));
                    facts.Add(binding.Eq(encoded.Offset, t.U64(x.Offset)));
                    facts.Add(binding.Eq(encoded.Length, t.U64(x.Length)));
                    facts.Add(binding.Eq(encoded.SrcOffset, t.U64(x.SrcOffset)));
                    facts.Add(ctx.MkEq(encoded.SameVmo, ctx.MkBool(dst is not null && dst == src)));
                    facts.Add(binding.Eq(encoded.Moved, t.U64(PagesMoved(before, after, x, dst, result.Status))));
                    return new(binding, TransferDataEncoding.Step(t, s, encoded, mutant), $"transfer_data {status}", null);
                }

            case VmoOpRange x:
                {
                    var binding = new ConcreteBinding(t, contents, Slots(before, ConcreteBinding.VmoOf(before, x.Vmo), null));
                    var encoded = OpRangeEncoding.FreshCall(t);
                    binding.HandleFacts(encoded.Vmo, before, x.Vmo, facts);
                    facts.Add(binding.Eq(encoded.Op, ctx.MkBV(x.Op, 32)));
                    facts.Add(binding.Eq(encoded.Offset, t.U64(x.Offset)));
                    facts.Add(binding.Eq(encoded.Size, t.U64(x.Size)));
                    return new(binding, OpRangeEncoding.Step(t, s, encoded, mutant), $"op_range {x.Op} {status}", null);
                }

            case Reclaim x:
                {
                    var vmos = before.Vmos.Keys.ToList();
                    if (vmos.Count > SymbolicKernel.SlotCount)
                    {
                        return Skipped("reclaim over more VMOs than slots");
                    }

                    var binding = new ConcreteBinding(t, contents, [.. vmos.Select(k => (ulong?)k), .. Enumerable.Repeat<ulong?>(null, SymbolicKernel.SlotCount - vmos.Count)]);
                    var level = t.Const("call.level", ctx.MkBitVecSort(8));
                    facts.Add(binding.Eq(level, ctx.MkBV((int)x.Level, 8)));
                    return new(binding, DiscardEncoding.Reclaim(t, s, level, mutant), $"reclaim {x.Level}", null);
                }

            case VmoSetSize x:
                {
                    var binding = new ConcreteBinding(t, contents, Slots(before, ConcreteBinding.VmoOf(before, x.Vmo), null));
                    var handle = binding.HandleFacts(SymbolicHandle.Fresh(t, "call.vmo"), before, x.Vmo, facts);
                    var size = t.Word64("call.size");
                    facts.Add(binding.Eq(size, t.U64(x.Size)));
                    return new(binding, LifecycleEncoding.SetSize(t, s, handle, size, mutant), $"set_size {status}", null);
                }

            case VmoCreateChild x:
                return CreateChild(t, s, contents, before, after, result, x, facts, mutant);

            case HandleClose x:
                {
                    if (ConcreteBinding.VmoOf(before, x.Handle) is not { } vmo)
                    {
                        return Skipped("close of a handle that names no VMO");
                    }

                    var binding = new ConcreteBinding(t, contents, Slots(before, vmo, null));
                    var parent = before.Vmos[vmo].Parent is { } link ? binding.SlotOf(link.ParentKoid) : SymbolicKernel.SlotCount;
                    return new(binding, LifecycleEncoding.Close(t, s, mutant), $"close {(after.Vmos.ContainsKey(vmo) ? "keeps the VMO" : "destroys the VMO")}", null)
                    {
                        // Close does not take a destroyed child from its parent's children.
                        KnownGaps = new HashSet<string> { $"slot {parent} Children" },
                    };
                }

            case VmoRead x:
                {
                    var binding = new ConcreteBinding(t, contents, Slots(before, ConcreteBinding.VmoOf(before, x.Vmo), null));
                    var handle = binding.HandleFacts(SymbolicHandle.Fresh(t, "call.vmo"), before, x.Vmo, facts);
                    var (offset, length) = (t.Word64("call.offset"), t.Word64("call.length"));
                    facts.Add(binding.Eq(offset, t.U64(x.Offset)));
                    facts.Add(binding.Eq(length, t.U64(x.Length)));
                    var discarded = before.Vmos.Values.Any(v => v.Discard.Discarded) ? " (a VMO discarded)" : string.Empty;
                    var step = new StepOutcome(s, ReadEncoding.StatusOf(t, s.A, handle, offset, length, mutant), ctx.MkTrue());
                    return new(binding, step, $"read {status}{discarded}", null);
                }

            default:
                return Skipped("not encoded");
        }
    }

    private static EncodedCall Skipped(string why) => new(null, null, why, why);

    /// <summary>
    /// The encoding describes a SNAPSHOT child whose handle, size and option checks passed (they come
    /// before it in the model); the child-type rules are its <c>accepted</c> input, taken from the
    /// model's own <see cref="ChildRules"/>, and the new child fills the free slot C.
    /// </summary>
    private static EncodedCall CreateChild(
        Terms t, SymbolicKernel s, ContentNames contents, KernelState before, KernelState after, SyscallResult result, VmoCreateChild call, List<BoolExpr> facts, Mutant mutant)
    {
        var ctx = t.Ctx;
        var handles = before.Processes[KernelState.InitialProcessKoid].Handles;
        if (call.Options != ChildOptions.Snapshot
            || !handles.TryGetValue(call.Vmo, out var entry)
            || !before.Vmos.TryGetValue(entry.Koid, out var parent)
            || (entry.Rights & (Rights.Duplicate | Rights.Read)) != (Rights.Duplicate | Rights.Read)
            || call.Size > ulong.MaxValue - KernelLayout.PageSize + 1
            || call.Offset % KernelLayout.PageSize != 0)
        {
            return Skipped("create_child failing before the snapshot encoding (handle, rights, size rounding, options)");
        }

        var born = after.Vmos.Keys.Except(before.Vmos.Keys).Cast<ulong?>().SingleOrDefault() ?? FreeSlot;
        var other = before.Vmos.Keys.Where(k => k != parent.Koid).Cast<ulong?>().FirstOrDefault();
        var binding = new ConcreteBinding(t, contents, [parent.Koid, other, born]);
        var rounded = (call.Size + KernelLayout.PageSize - 1) / KernelLayout.PageSize * KernelLayout.PageSize;
        var accepted = ChildRules.TryShape(new ChildRequest(before, parent, call.Options, call.Offset, rounded, false), out _, out _);
        var (offset, size, flag) = (t.Word64("call.offset"), t.Word64("call.size"), t.Flag("call.arguments_accepted"));
        facts.Add(binding.Eq(offset, t.U64(call.Offset)));
        facts.Add(binding.Eq(size, t.U64(call.Size)));
        facts.Add(ctx.MkEq(flag, ctx.MkBool(accepted)));
        return new(binding, LifecycleEncoding.CreateSnapshot(t, s, offset, size, flag, mutant), $"create_child {StatusNames.Name(result.Status)}", null)
        {
            // CreateSnapshot sets only the new child's life, size, parent link, pages and captures.
            KnownGaps = new[] { "Children", "Handles", "LockCount", "Discarded", "EverLocked", "Hinted", "ChangeEvents" }.Select(f => $"slot 2 {f}").ToHashSet(),

            // Rejected child-type arguments are INVALID_ARGS in CreateSnapshot whatever the model's rule says (OUT_OF_RANGE, ...).
            StatusGap = !accepted && !parent.IsDiscardable && result.Status != Status.ZxErrInvalidArgs,
        };
    }

    /// <summary>A = the call's VMO, B = the transfer source, C = A's snapshot child if any; the rest fill in.</summary>
    private static List<ulong?> Slots(KernelState state, ulong? a, ulong? b)
    {
        var slots = new List<ulong?> { a, b, null };
        var child = a is { } ak ? state.Vmos.Values.FirstOrDefault(v => v.Parent is { Kind: ChildKind.Snapshot } l && l.ParentKoid == ak && v.Koid != b) : null;
        slots[2] = child?.Koid;
        var rest = new Queue<ulong>(state.Vmos.Keys.Where(k => !slots.Contains(k)));
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i] is null && rest.Count > 0)
            {
                slots[i] = rest.Dequeue();
            }
        }

        return slots;
    }

    /// <summary>
    /// The pages the model moved: all of them on success; on NO_MEMORY the prefix whose destination
    /// page changed (a moved page always gets a frame it did not have).
    /// </summary>
    private static ulong PagesMoved(KernelState before, KernelState after, VmoTransferData call, ulong? dst, Status status)
    {
        if (status == Status.ZxOk)
        {
            return call.Length / KernelLayout.PageSize;
        }

        if (status != Status.ZxErrNoMemory || dst is not { } koid)
        {
            return 0;
        }

        var (old, now) = (before.Vmos[koid], after.Vmos[koid]);
        ulong k = 0;
        var first = call.Offset / KernelLayout.PageSize;
        while (k < call.Length / KernelLayout.PageSize
            && now.Pages.TryGetValue(first + k, out var slot)
            && (!old.Pages.TryGetValue(first + k, out var was) || was.Frame != slot.Frame))
        {
            k++;
        }

        return k;
    }
}
