using VmoKernel.Abi;
using VmoKernel.Model.State;
using Step = VmoKernel.Model.Kernel;

namespace VmoKernel.Tests.Proof.Agreement;

/// <summary>
/// Builds a small concrete state through the model's own calls (2 or 3 VMOs of up to 4 pages, some
/// pages written, pinned, locked, discarded, hinted, a snapshot child, a reduced-rights handle, a
/// frame budget near zero), then the call to compare: transfer_data (a third random, a third
/// well-formed on a state with few pins, a third well-formed but failing late, see
/// <see cref="TransferCases"/>), op_range, reclaim, set_size, a SNAPSHOT create_child, handle_close or
/// read (often after the reclaimer), with offsets, lengths and sizes that include unaligned values and
/// values near 2^64.
/// </summary>
public static class ScenarioBuilder
{
    private const ulong Page = KernelLayout.PageSize;

    private static readonly ulong[] Offsets = [0, Page, 2 * Page, 0, Page, 3 * Page, 1, ulong.MaxValue - Page + 1, ulong.MaxValue - (2 * Page) + 1];

    private static readonly ulong[] AlignedOffsets = [0, Page, 2 * Page, 3 * Page, ulong.MaxValue - Page + 1];

    private static readonly ulong[] Lengths = [Page, 2 * Page, Page, 0, 3 * Page, 4 * Page, 1, ulong.MaxValue - Page + 1];

    private static readonly ulong[] Sizes = [0, Page, 2 * Page, 3 * Page - 5, 5 * Page, ulong.MaxValue, ulong.MaxValue - Page + 1, 1UL << 50];

    private static readonly uint[] Ops = [VmoOp.Decommit, VmoOp.Zero, VmoOp.Lock, VmoOp.TryLock, VmoOp.Unlock, VmoOp.DontNeed, VmoOp.AlwaysNeed, 99];

    /// <summary>Mostly plain SNAPSHOT; the rest reach each snapshot argument check (and one view kind, skipped).</summary>
    private static readonly uint[] ChildOptionChoices =
    [
        ChildOptions.Snapshot, ChildOptions.Snapshot, ChildOptions.Snapshot, ChildOptions.Snapshot | ChildOptions.Resizable,
        ChildOptions.Snapshot | ChildOptions.NoWrite, ChildOptions.Snapshot | ChildOptions.NoWrite | ChildOptions.Resizable,
        ChildOptions.Resizable, ChildOptions.Snapshot | (1u << 12), ChildOptions.Slice,
    ];

    private static readonly uint[] CreateOptions = [0, VmoOptions.Resizable, VmoOptions.Discardable, VmoOptions.DiscardableLockless];

    public static ConcreteCase Build(int[] values)
    {
        var r = new Choices(values);
        var p0 = KernelState.InitialProcessKoid;
        var state = KernelState.Fresh();
        var bti = KernelLayout.HandleValue(2);
        var handles = new List<uint>();

        (KernelState, SyscallResult) Run(Syscall call) => Step.Step(state, p0, call);
        uint? Handle(SyscallResult result) => result.Succeeded && result.Value is IntValue v ? (uint)v.Number : null;

        // The call is chosen first so a well-formed transfer can be built on a state that lets it succeed.
        var kind = r.Next(12);
        var transfer = kind < 4 ? (TransferShape)r.Next(3) : TransferShape.None;
        var count = 2 + r.Next(2);
        for (var n = 0; n < count; n++)
        {
            var options = r.Pick(CreateOptions);
            var pages = 1 + (ulong)r.Next(4);
            (state, var created) = Run(new VmoCreate(pages * Page, options));
            var handle = Handle(created)!.Value;
            handles.Add(handle);
            for (ulong page = 0; page < pages; page++)
            {
                if (r.Next(2) == 0)
                {
                    (state, _) = Run(new VmoWrite(handle, (page * Page) + (ulong)(r.Next(2) * 8), ByteString.Of([(byte)(1 + r.Next(3))])));
                }
            }

            if (options != 0 && options != VmoOptions.Resizable)
            {
                if (r.Next(3) > 0)
                {
                    (state, _) = Run(new VmoOpRange(handle, VmoOp.Lock, 0, pages * Page));
                    if (r.Next(kind >= 10 ? 4 : 2) > 0)
                    {
                        (state, _) = Run(new VmoOpRange(handle, VmoOp.Unlock, 0, pages * Page));
                    }
                }

                var hint = r.Next(4);
                if (hint > 0)
                {
                    (state, _) = Run(new VmoOpRange(handle, hint == 1 ? VmoOp.DontNeed : VmoOp.AlwaysNeed, 0, Page));
                }
            }

            if (r.Next(transfer == TransferShape.WellFormed ? 10 : 3) == 0)
            {
                (state, _) = Run(new BtiPin(bti, BtiOptions.PermRead, handle, (ulong)r.Next((int)pages) * Page, Page));
            }
        }

        if (r.Next(3) == 0)
        {
            (state, var child) = Run(new VmoCreateChild(handles[0], ChildOptions.Snapshot, 0, Page * (1 + (ulong)r.Next(4))));
            if (Handle(child) is { } h)
            {
                handles.Add(h);
                if (r.Next(2) == 0)
                {
                    (state, _) = Run(new VmoWrite(h, 0, ByteString.Of([9])));
                }
            }
        }

        // Reads meet the reclaimer at a level that discards (D-5, D-13); a well-formed transfer mostly does not.
        if (kind >= 10 ? r.Next(3) > 0 : r.Next(transfer == TransferShape.WellFormed ? 12 : 4) == 0)
        {
            (state, _) = Run(new Reclaim((PressureLevel)(kind >= 10 ? 1 + r.Next(4) : r.Next(5))));
        }

        var vmoHandles = handles.ToList();

        if (r.Next(3) == 0)
        {
            (state, var reduced) = Run(new HandleDuplicate(handles[0], (uint)(r.Next(2) == 0 ? Rights.Read : Rights.Write | Rights.Transfer)));
            if (Handle(reduced) is { } h)
            {
                handles.Add(h);
            }
        }

        if (r.Next(transfer == TransferShape.WellFormed ? 12 : 4) == 0)
        {
            (state, _) = Run(new SetFreeFrames((ulong)r.Next(2)));
        }

        var choices = handles.Append(0x7777u).Append(bti).ToList();
        Syscall call = kind switch
        {
            < 4 when transfer == TransferShape.Random => new VmoTransferData(r.Pick(choices), r.Next(12) == 0 ? 1u : 0u, r.Pick(Offsets), r.Pick(Lengths), r.Pick(choices), r.Pick(Offsets)),
            < 4 => TransferCases.Build(r, transfer == TransferShape.FailsLate, vmoHandles, ref state),
            4 or 5 => OpRange(r, choices, state),
            6 => new Reclaim((PressureLevel)r.Next(5)),
            7 => new VmoSetSize(r.Pick(choices), r.Pick(Sizes)),
            8 => new VmoCreateChild(r.Next(6) == 0 ? r.Pick(choices) : r.Pick(vmoHandles), r.Pick(ChildOptionChoices), r.Next(8) == 0 ? 1 : r.Pick(AlignedOffsets), r.Pick(Sizes)),
            9 => new HandleClose(r.Pick(choices)),
            _ when r.Next(2) == 0 => new VmoRead(r.Pick(vmoHandles), 0, Page * (1 + (ulong)r.Next(2))),
            _ => new VmoRead(r.Pick(choices), r.Pick(Offsets), r.Next(8) == 0 ? VmoLimits.MaxReadLength + 1 : r.Pick(Lengths)),
        };
        return new ConcreteCase(state, call, handles);
    }

    private static VmoOpRange OpRange(Choices r, IReadOnlyList<uint> handles, KernelState state)
    {
        var handle = r.Pick(handles);
        var op = r.Pick(Ops);
        if (op is VmoOp.Lock or VmoOp.TryLock or VmoOp.Unlock && r.Next(3) > 0)
        {
            var size = state.Processes[KernelState.InitialProcessKoid].Handles.TryGetValue(handle, out var entry) && state.Vmos.TryGetValue(entry.Koid, out var vmo) ? vmo.Size : 0;
            return new VmoOpRange(handle, op, 0, size);
        }

        return op == VmoOp.Zero
            ? new VmoOpRange(handle, op, r.Pick(AlignedOffsets), r.Pick(AlignedOffsets))
            : new VmoOpRange(handle, op, r.Pick(Offsets), r.Pick(Lengths));
    }
}
