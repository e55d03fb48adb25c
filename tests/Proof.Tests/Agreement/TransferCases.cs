using VmoKernel.Abi;
using VmoKernel.Model.State;
using Step = VmoKernel.Model.Kernel;

namespace VmoKernel.Tests.Proof.Agreement;

/// <summary>
/// Well-formed transfer_data calls (D-3): every argument check up to the pins passes, so the call
/// succeeds unless the state refuses it late (a pin, a discarded source, no free frame), or, for
/// <c>failsLate</c>, one late check is made to fail on purpose: a pin in the source or destination
/// range (BAD_STATE), or a destination range past the destination's end (OUT_OF_RANGE).
/// </summary>
public static class TransferCases
{
    private const ulong Page = KernelLayout.PageSize;

    public static VmoTransferData Build(Choices r, bool failsLate, IReadOnlyList<uint> vmoHandles, ref KernelState state)
    {
        var before = state;
        var p0 = KernelState.InitialProcessKoid;
        var handles = before.Processes[p0].Handles;
        VmoState VmoOf(uint h) => before.Vmos[handles[h].Koid];

        // A source the model can move from: no parent, no children (D-3), so not a snapshot pair.
        var sources = vmoHandles.Where(h => VmoOf(h) is { Parent: null, Children.IsEmpty: true }).ToList();
        var src = sources.Count > 0 ? r.Pick(sources) : r.Pick(vmoHandles);
        var dsts = vmoHandles.Where(h => VmoOf(h).Koid != VmoOf(src).Koid).ToList();
        var dst = dsts.Count > 0 ? r.Pick(dsts) : r.Pick(vmoHandles);
        var (srcPages, dstPages) = (VmoOf(src).Size / Page, VmoOf(dst).Size / Page);
        var pages = 1 + (ulong)r.Next((int)Math.Min(srcPages, dstPages));
        var srcFirst = (ulong)r.Next((int)(srcPages - pages + 1));
        var dstFirst = (ulong)r.Next((int)(dstPages - pages + 1));
        if (failsLate)
        {
            switch (r.Next(3))
            {
                case 0:
                    (state, _) = Step.Step(state, p0, new BtiPin(KernelLayout.HandleValue(2), BtiOptions.PermRead, src, (srcFirst + (ulong)r.Next((int)pages)) * Page, Page));
                    break;
                case 1:
                    (state, _) = Step.Step(state, p0, new BtiPin(KernelLayout.HandleValue(2), BtiOptions.PermRead, dst, (dstFirst + (ulong)r.Next((int)pages)) * Page, Page));
                    break;
                default:
                    dstFirst = dstPages - pages + 1 + (ulong)r.Next(2);
                    break;
            }
        }

        return new VmoTransferData(dst, 0, dstFirst * Page, pages * Page, src, srcFirst * Page);
    }
}
