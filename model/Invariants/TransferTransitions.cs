using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// zx_vmo_transfer_data across one call (seed 001, D-1, D-2, D-11): same VMO is refused (INV-XFER-05);
/// after success the destination holds the source's old bytes and the source range reads zero
/// (INV-XFER-02) on the source's own frames (INV-XFER-07); the destination's snapshot children keep
/// their contents (INV-XFER-03); a NO_MEMORY failure moved exactly a prefix (INV-XFER-06).
/// Only pages that hold a frame or captured bytes are compared, so huge ranges stay cheap.
/// </summary>
public static class TransferTransitions
{
    public static IEnumerable<InvariantViolation> Check(Transition t)
    {
        if (t.Call is not VmoTransferData call || t.VmoBefore(call.Dst) is not { } dst || t.VmoBefore(call.Src) is not { } src)
        {
            return [];
        }

        if (dst.Koid == src.Koid)
        {
            return t.Result.Succeeded ? [InvariantViolation.Of("INV-XFER-05", $"{call} with one VMO on both sides succeeded")] : [];
        }

        var move = new Move(t, call, src, dst);
        return t.Result.Succeeded ? [.. move.CheckSuccess(), .. SnapshotsKept(t, dst)]
            : t.Result.Status == Status.ZxErrNoMemory ? move.CheckPrefix()
            : [];
    }

    private static IEnumerable<InvariantViolation> SnapshotsKept(Transition t, VmoState dst)
    {
        var owner = PageView.Of(t.Before, dst).Owner;
        foreach (var child in owner.Children.Select(c => t.Before.Vmos.GetValueOrDefault(c)).OfType<VmoState>())
        {
            if (child.Parent is { Kind: ChildKind.Snapshot } && t.After.Vmos.TryGetValue(child.Koid, out var now)
                && !StateComparer.VmoEqual(child, now))
            {
                yield return InvariantViolation.Of("INV-XFER-03", $"{t.Call} changed snapshot child {child.Koid} of the destination");
            }
        }
    }

    private sealed record Move(Transition T, VmoTransferData Call, VmoState Src, VmoState Dst)
    {
        private ulong Pages => Call.Length / Ranges.PageSize;

        private ulong SrcFirst => Call.SrcOffset / Ranges.PageSize;

        private PageView DstView => PageView.Of(T.Before, Dst);

        private ulong DstFirst => (Call.Offset / Ranges.PageSize) + DstView.PageShift;

        private VmoState SrcAfter => T.After.Vmos[Src.Koid];

        private VmoState DstAfter => T.After.Vmos[DstView.Owner.Koid];

        public IEnumerable<InvariantViolation> CheckSuccess()
        {
            foreach (var k in Interesting())
            {
                var moved = PageView.Content(T.Before, Src, SrcFirst + k);
                if (!PageView.Content(T.After, DstAfter, DstFirst + k).Equals(moved))
                {
                    yield return InvariantViolation.Of("INV-XFER-02", $"{Call}: destination page {DstFirst + k} does not hold the source's old page {SrcFirst + k}");
                }

                if (SrcAfter.Pages.ContainsKey(SrcFirst + k) || !PageView.Content(T.After, SrcAfter, SrcFirst + k).IsZero)
                {
                    yield return InvariantViolation.Of("INV-XFER-02", $"{Call}: source page {SrcFirst + k} does not read zero afterwards");
                }

                if (Src.Pages.TryGetValue(SrcFirst + k, out var slot) && DstAfter.Pages.GetValueOrDefault(DstFirst + k)?.Frame != slot.Frame)
                {
                    yield return InvariantViolation.Of("INV-XFER-07", $"{Call}: source frame {slot.Frame} of page {SrcFirst + k} did not move to destination page {DstFirst + k}");
                }

                if (!Src.Pages.ContainsKey(SrcFirst + k) && DstAfter.Pages.TryGetValue(DstFirst + k, out var marker))
                {
                    yield return InvariantViolation.Of("INV-XFER-07", $"{Call}: destination page {DstFirst + k} holds frame {marker.Frame} for uncommitted source page {SrcFirst + k}, not a zero marker");
                }
            }
        }

        public IEnumerable<InvariantViolation> CheckPrefix()
        {
            var before = DstView.Owner;
            var moved = Interesting().Where(k => DstAfter.Pages.TryGetValue(DstFirst + k, out var now)
                && before.Pages.GetValueOrDefault(DstFirst + k)?.Frame != now.Frame).ToList();
            var prefix = (ulong)moved.Count;
            if (moved.Count > 0 && moved[^1] != prefix - 1)
            {
                yield return InvariantViolation.Of("INV-XFER-06", $"{Call} failed with NO_MEMORY after moving pages [{string.Join(", ", moved)}], not a prefix");
                yield break;
            }

            foreach (var k in Interesting().Where(k => k >= prefix))
            {
                if (SrcAfter.Pages.GetValueOrDefault(SrcFirst + k) != Src.Pages.GetValueOrDefault(SrcFirst + k)
                    || DstAfter.Pages.GetValueOrDefault(DstFirst + k) != before.Pages.GetValueOrDefault(DstFirst + k))
                {
                    yield return InvariantViolation.Of("INV-XFER-06", $"{Call} failed with NO_MEMORY after {prefix} pages but touched page {k}");
                }
            }
        }

        /// <summary>Offsets (in pages, from the range start) where either side holds something before or after.</summary>
        private SortedSet<ulong> Interesting()
        {
            var set = new SortedSet<ulong>();
            void Add(IEnumerable<ulong> keys, ulong first)
            {
                foreach (var key in keys.Where(p => p >= first && p - first < Pages))
                {
                    set.Add(key - first);
                }
            }

            Add(Src.Pages.Keys, SrcFirst);
            Add(SrcAfter.Pages.Keys, SrcFirst);
            Add(DstView.Owner.Pages.Keys.Concat(DstView.Owner.Captured.Keys), DstFirst);
            Add(DstAfter.Pages.Keys.Concat(DstAfter.Captured.Keys), DstFirst);
            return set;
        }
    }
}
