using Microsoft.Z3;
using VmoKernel.Abi;
using VmoKernel.Checks.Proofs;
using VmoKernel.Model.State;
using Encodings = VmoKernel.Checks.Proofs.Encodings;
using Status = VmoKernel.Abi.Status;

namespace VmoKernel.Tests.Proof.Agreement;

/// <summary>
/// One concrete call bound to the symbolic encoding of its transition: which VMO fills each slot,
/// the facts that fix the call's arguments, and the encoded step. <see cref="Skip"/> names why a call
/// is outside what the encoding describes (then nothing else is set).
/// </summary>
public sealed record EncodedCall(ConcreteBinding? Binding, StepOutcome? Step, string Kind, string? Skip)
{
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
                    var encoded = Encodings.VmoTransferData.Fresh(t);
                    binding.HandleFacts(encoded.Dst, before, x.Dst, facts);
                    binding.HandleFacts(encoded.Src, before, x.Src, facts);
                    facts.Add(binding.Eq(encoded.Options, ctx.MkBV(x.Options, 32)));
                    facts.Add(binding.Eq(encoded.Offset, t.U64(x.Offset)));
                    facts.Add(binding.Eq(encoded.Length, t.U64(x.Length)));
                    facts.Add(binding.Eq(encoded.SrcOffset, t.U64(x.SrcOffset)));
                    facts.Add(ctx.MkEq(encoded.SameVmo, ctx.MkBool(dst is not null && dst == src)));
                    facts.Add(binding.Eq(encoded.Moved, t.U64(PagesMoved(x, result.Status))));
                    return new(binding, encoded.Step(t, s, mutant), $"transfer_data {status}", null);
                }

            case VmoOpRange x:
                {
                    var binding = new ConcreteBinding(t, contents, Slots(before, ConcreteBinding.VmoOf(before, x.Vmo), null));
                    var encoded = Encodings.VmoOpRange.Fresh(t);
                    binding.HandleFacts(encoded.Vmo, before, x.Vmo, facts);
                    facts.Add(binding.Eq(encoded.Op, ctx.MkBV(x.Op, 32)));
                    facts.Add(binding.Eq(encoded.Offset, t.U64(x.Offset)));
                    facts.Add(binding.Eq(encoded.Size, t.U64(x.Size)));
                    return new(binding, encoded.Step(t, s, mutant), $"op_range {x.Op} {status}", null);
                }

            case Reclaim x:
                {
                    var vmos = before.Vmos.Keys.ToList();
                    if (vmos.Count > SymbolicKernel.SlotCount)
                    {
                        return Skipped("reclaim over more VMOs than slots");
                    }

                    var binding = new ConcreteBinding(t, contents, [.. vmos.Select(k => (ulong?)k), .. Enumerable.Repeat<ulong?>(null, SymbolicKernel.SlotCount - vmos.Count)]);
                    var encoded = Encodings.Reclaim.Fresh(t);
                    facts.Add(binding.Eq(encoded.Level, ctx.MkBV((int)x.Level, 8)));
                    return new(binding, encoded.Step(t, s, mutant), $"reclaim {x.Level}", null);
                }

            case VmoSetSize x:
                {
                    var binding = new ConcreteBinding(t, contents, Slots(before, ConcreteBinding.VmoOf(before, x.Vmo), null));
                    var encoded = Encodings.VmoSetSize.Fresh(t);
                    binding.HandleFacts(encoded.Vmo, before, x.Vmo, facts);
                    facts.Add(binding.Eq(encoded.Size, t.U64(x.Size)));
                    return new(binding, encoded.Step(t, s, mutant), $"set_size {status}", null);
                }

            case VmoCreateChild x:
                return CreateChild(t, s, contents, before, after, result, x, facts, mutant);

            case HandleClose x:
                {
                    if (ConcreteBinding.VmoOf(before, x.Handle) is not { } vmo)
                    {
                        return Skipped("close of a handle that names no VMO");
                    }

                    if (before.Vmos[vmo].Parent is { KeepsParentAlive: true } && !after.Vmos.ContainsKey(vmo))
                    {
                        return Skipped("close destroying a view child (its parent may die with it)");
                    }

                    var binding = new ConcreteBinding(t, contents, Slots(before, vmo, null));
                    return new(binding, Encodings.HandleClose.Step(t, s, mutant), $"close {(after.Vmos.ContainsKey(vmo) ? "keeps the VMO" : "destroys the VMO")}", null);
                }

            case VmoRead x:
                {
                    var binding = new ConcreteBinding(t, contents, Slots(before, ConcreteBinding.VmoOf(before, x.Vmo), null));
                    var encoded = Encodings.VmoRead.Fresh(t, "call");
                    binding.HandleFacts(encoded.Vmo, before, x.Vmo, facts);
                    facts.Add(binding.Eq(encoded.Offset, t.U64(x.Offset)));
                    facts.Add(binding.Eq(encoded.Length, t.U64(x.Length)));
                    var discarded = before.Vmos.Values.Any(v => v.Discard.Discarded) ? " (a VMO discarded)" : string.Empty;
                    var step = new StepOutcome(s, encoded.StatusOf(t, s.A, mutant), ctx.MkTrue());
                    return new(binding, step, $"read {status}{discarded}", null);
                }

            default:
                return Skipped("not encoded");
        }
    }

    private static EncodedCall Skipped(string why) => new(null, null, why, why);

    /// <summary>
    /// A create_child with the snapshot options: every argument check is encoded, the new child fills
    /// the free slot C. SLICE, REFERENCE and the live snapshot kinds, and a snapshot of a view child, are
    /// outside the encoding.
    /// </summary>
    private static EncodedCall CreateChild(
        Terms t, SymbolicKernel s, ContentNames contents, KernelState before, KernelState after, SyscallResult result, VmoCreateChild call, List<BoolExpr> facts, Mutant mutant)
    {
        var ctx = t.Ctx;
        var kinds = call.Options & (ChildOptions.Snapshot | ChildOptions.SnapshotAtLeastOnWrite | ChildOptions.SnapshotModified);
        if ((call.Options & (ChildOptions.Slice | ChildOptions.Reference)) != 0 || (kinds != 0 && (kinds & ChildOptions.Snapshot) == 0))
        {
            return Skipped("create_child of a view or live child (not encoded)");
        }

        var parent = ConcreteBinding.VmoOf(before, call.Vmo);
        if (result.Status == Status.ZxOk && before.Vmos[parent!.Value].Parent is { KeepsParentAlive: true })
        {
            return Skipped("snapshot of a view child (not encoded)");
        }

        var born = after.Vmos.Keys.Except(before.Vmos.Keys).Cast<ulong?>().SingleOrDefault() ?? FreeSlot;
        var others = new Queue<ulong>(before.Vmos.Keys.Where(k => k != parent));
        var binding = new ConcreteBinding(t, contents, [parent ?? (others.Count > 0 ? others.Dequeue() : null), others.Count > 0 ? others.Dequeue() : null, born]);
        var encoded = Encodings.VmoCreateChild.Fresh(t);
        binding.HandleFacts(encoded.Vmo, before, call.Vmo, facts);
        facts.Add(binding.Eq(encoded.Options, ctx.MkBV(call.Options, 32)));
        facts.Add(binding.Eq(encoded.Offset, t.U64(call.Offset)));
        facts.Add(binding.Eq(encoded.Size, t.U64(call.Size)));
        return new(binding, encoded.Step(t, s, mutant), $"create_child {StatusNames.Name(result.Status)}", null);
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
    /// The pages the model moved: all of them on success, none otherwise (a NO_MEMORY transfer finds the
    /// frames short before it moves anything, D-11).
    /// </summary>
    private static ulong PagesMoved(VmoTransferData call, Status status) =>
        status == Status.ZxOk ? call.Length / KernelLayout.PageSize : 0;
}
