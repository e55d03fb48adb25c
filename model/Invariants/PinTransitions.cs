using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// Pinned pages never move (INV-PIN-01, INV-PIN-03, INV-RECLAIM-03): a page pinned before a call and
/// still pinned by the same PMT after it has the same frame; zx_pmt_unpin consumes its handle (INV-PIN-04).
/// </summary>
public static class PinTransitions
{
    /// <summary>With no VMO record replaced, no pinned page can have moved or lost its VMO: only an unpin remains to judge.</summary>
    public static IEnumerable<InvariantViolation> Check(Transition t) =>
        t.VmosUnchanged && t.Call is not PmtUnpin ? [] : Checked(t);

    private static IEnumerable<InvariantViolation> Checked(Transition t)
    {
        foreach (var (_, pmt) in t.VmosUnchanged ? ImmutableSortedDictionary<ulong, PmtState>.Empty : t.Before.Pmts)
        {
            if (!t.After.Pmts.ContainsKey(pmt.Koid) || !t.Before.Vmos.TryGetValue(pmt.OwnerKoid, out var before))
            {
                continue;
            }

            if (!t.After.Vmos.TryGetValue(pmt.OwnerKoid, out var after))
            {
                yield return InvariantViolation.Of("INV-PIN-08", $"{t.Call} destroyed VMO {pmt.OwnerKoid} while PMT {pmt.Koid} pins it");
                continue;
            }

            if (ReferenceEquals(before, after))
            {
                continue;
            }

            for (var page = pmt.FirstPage; page < pmt.FirstPage + pmt.PageCount; page++)
            {
                var old = before.Pages.GetValueOrDefault(page)?.Frame;
                var now = after.Pages.GetValueOrDefault(page)?.Frame;
                if (old != now)
                {
                    yield return InvariantViolation.Of("INV-PIN-01", $"{t.Call}: VMO {pmt.OwnerKoid} page {page} moved from frame {old} to {now} while pinned");
                }
            }
        }

        if (t.Call is PmtUnpin unpin && t.Result.Succeeded && t.After.Processes[t.Process].Handles.ContainsKey(unpin.Pmt))
        {
            yield return InvariantViolation.Of("INV-PIN-04", $"zx_pmt_unpin left handle 0x{unpin.Pmt:x} valid");
        }
    }
}
