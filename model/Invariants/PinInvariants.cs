using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// Pins over one state: every PMT's addresses are still the frames of the pages it pinned
/// (INV-PIN-01, INV-PIN-02), and each page's pin count is the number of PMTs covering it.
/// </summary>
public static class PinInvariants
{
    /// <summary>With no PMT and no pin count anywhere (most states exhaust stores) there is nothing to match.</summary>
    public static IEnumerable<InvariantViolation> Check(KernelState state) =>
        state.Pmts.IsEmpty && NoPinCounts(state) ? [] : Checked(state);

    private static bool NoPinCounts(KernelState state)
    {
        foreach (var (_, vmo) in state.Vmos)
        {
            if (vmo.HasPins)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<InvariantViolation> Checked(KernelState state)
    {
        var expected = new Dictionary<(ulong Owner, ulong Page), uint>();
        foreach (var (_, pmt) in state.Pmts)
        {
            if (!state.Vmos.TryGetValue(pmt.OwnerKoid, out var owner))
            {
                yield return InvariantViolation.Of("INV-PIN-01", $"PMT {pmt.Koid} pins pages of VMO {pmt.OwnerKoid}, which no longer exists");
                continue;
            }

            for (var i = 0; i < pmt.Addresses.Length; i++)
            {
                var page = pmt.FirstPage + (ulong)i;
                expected[(owner.Koid, page)] = expected.GetValueOrDefault((owner.Koid, page)) + 1;
                if (owner.Is(VmoTraits.Physical))
                {
                    continue;
                }

                if (!owner.Pages.TryGetValue(page, out var slot) || PhysicalMemory.Address(slot.Frame) != pmt.Addresses[i])
                {
                    var now = slot is null ? "no frame" : $"0x{PhysicalMemory.Address(slot.Frame):x}";
                    yield return InvariantViolation.Of("INV-PIN-01", $"VMO {owner.Koid} page {page} pinned by PMT {pmt.Koid} at 0x{pmt.Addresses[i]:x} now has {now}");
                }
            }
        }

        foreach (var (_, vmo) in state.Vmos)
        {
            foreach (var (page, count) in vmo.Pins)
            {
                if (expected.GetValueOrDefault((vmo.Koid, page)) != count)
                {
                    yield return InvariantViolation.Of("INV-PIN-01", $"VMO {vmo.Koid} page {page} has pin count {count} but {expected.GetValueOrDefault((vmo.Koid, page))} PMTs cover it");
                }
            }
        }

        foreach (var ((owner, page), count) in expected)
        {
            if (state.Vmos.TryGetValue(owner, out var vmo) && !vmo.Pins.ContainsKey(page))
            {
                yield return InvariantViolation.Of("INV-PIN-01", $"VMO {owner} page {page} is covered by {count} PMTs but not counted as pinned");
            }
        }
    }
}
