using VmoKernel.Model.State;

namespace VmoKernel.Checks.Exhaust;

/// <summary>
/// The 64-bit fingerprint of a state, canonical under symmetry: two states that differ only in the names
/// the kernel handed out, and so behave alike under every sequence of moves, get one fingerprint.
/// <list type="bullet">
/// <item>Koids become their rank among the live koids, and handle values their rank in their table:
/// new names always exceed old ones and the model compares them only by order and equality, so ranks
/// keep every comparison.</item>
/// <item>Frames (and pinned addresses) are numbered by first appearance (VMOs by koid, pages by index,
/// then PMTs): the model only compares frames for equality. A freed frame that appears nowhere else is
/// as good as a fresh one, so the free stack keeps only the frames still seen, and the gaps above them.</item>
/// <item>The logical clock only orders unlocks (LRU reclaim), so the unlock stamps of discardable VMOs
/// become their rank; the clock itself, creation stamps, and the next koid, handle and frame counters are
/// left out (every new value exceeds every stored one).</item>
/// <item>Mapping addresses stay as they are: placement depends on the gaps between them.</item>
/// </list>
/// <see cref="Raw"/> hashes the state exactly as stored, for the reduction factor in <c>checks bench</c>.
/// </summary>
public static class StateFingerprint
{
    private const ulong Absent = ulong.MaxValue;

    [ThreadStatic]
    private static Scratch? _scratch;

    public static ulong Symmetric(KernelState state) => Of(state, symmetric: true);

    public static ulong Raw(KernelState state) => Of(state, symmetric: false);

    public static ulong Of(KernelState state, bool symmetric)
    {
        var names = _scratch ??= new Scratch();
        names.Reset(state, symmetric);
        var hash = default(FingerprintHash);
        hash.Add(state.Memory.Free);
        hash.Add(state.Memory.Used);
        foreach (var (_, process) in state.Processes)
        {
            AddProcess(ref hash, names, process, symmetric);
        }

        hash.Add((ulong)state.Objects.Count);
        foreach (var (koid, type) in state.Objects)
        {
            hash.Add(names.Koid(koid));
            hash.Add(type);
        }

        hash.Add((ulong)state.Vmos.Count);
        foreach (var (_, vmo) in state.Vmos)
        {
            AddVmo(ref hash, names, vmo, symmetric);
        }

        hash.Add((ulong)state.Pmts.Count);
        if (!state.Pmts.IsEmpty)
        {
            foreach (var (_, pmt) in state.Pmts)
            {
                hash.Add(names.Koid(pmt.Koid));
                hash.Add(names.Koid(pmt.BtiKoid));
                hash.Add(names.Koid(pmt.VmoKoid));
                hash.Add(names.Koid(pmt.OwnerKoid));
                hash.Add(pmt.FirstPage);
                hash.Add(pmt.Quarantined);
                foreach (var address in pmt.Addresses)
                {
                    hash.Add(names.Address(address));
                }
            }
        }

        AddFreed(ref hash, names, state, symmetric);
        if (!symmetric)
        {
            hash.Add(state.Clock);
            hash.Add(state.NextKoid);
            hash.Add(state.Memory.NextFresh);
        }

        return hash.Finish();
    }

    private static void AddProcess(ref FingerprintHash hash, Scratch names, ProcessState process, bool symmetric)
    {
        hash.Add(names.Koid(process.Koid));
        hash.Add(names.Koid(process.RootVmarKoid));
        hash.Add(process.Creator == 0 ? Absent : names.Koid(process.Creator));
        hash.Add(process.VmSeq);
        hash.Add((ulong)process.Handles.Count);
        foreach (var (value, handle) in process.Handles)
        {
            if (!symmetric)
            {
                hash.Add(value);
            }

            hash.Add(names.Koid(handle.Koid));
            hash.Add(handle.Type);
            hash.Add((ulong)handle.Rights);
        }

        if (!symmetric)
        {
            hash.Add(process.NextHandleSequence);
        }

        hash.Add((ulong)process.Mappings.Count);
        if (!process.Mappings.IsEmpty)
        {
            foreach (var (_, mapping) in process.Mappings)
            {
                hash.Add(mapping.Address);
                hash.Add(mapping.Length);
                hash.Add(names.Koid(mapping.VmoKoid));
                hash.Add(mapping.VmoOffset);
                hash.Add(mapping.Permissions);
            }
        }
    }

    private static void AddVmo(ref FingerprintHash hash, Scratch names, VmoState vmo, bool symmetric)
    {
        hash.Add(names.Koid(vmo.Koid));
        hash.Add(vmo.Size);
        hash.Add((ulong)vmo.Traits);
        hash.Add((ulong)vmo.Pages.Count);
        if (!vmo.Pages.IsEmpty)
        {
            foreach (var (index, slot) in vmo.Pages)
            {
                hash.Add(index);
                hash.Add(names.Address(PhysicalMemory.Address(slot.Frame)));
                hash.Add(slot.Data);
            }
        }

        hash.Add((ulong)vmo.Captured.Count);
        if (!vmo.Captured.IsEmpty)
        {
            foreach (var (index, page) in vmo.Captured)
            {
                hash.Add(index);
                hash.Add(page);
            }
        }

        hash.Add((ulong)vmo.Pins.Count);
        if (!vmo.Pins.IsEmpty)
        {
            foreach (var (index, count) in vmo.Pins)
            {
                hash.Add(index);
                hash.Add(count);
            }
        }

        hash.Add((ulong)vmo.Hidden.Count);
        if (!vmo.Hidden.IsEmpty)
        {
            foreach (var (start, end) in vmo.Hidden)
            {
                hash.Add(start);
                hash.Add(end);
            }
        }

        var d = vmo.Discard;
        hash.Add(d.LockCount);
        hash.Add(d.EverLocked);
        hash.Add(d.Discarded);
        hash.Add((ulong)d.List);
        hash.Add(symmetric ? (vmo.IsDiscardable ? names.Stamp(d.LastUnlock) : 0) : d.LastUnlock);
        hash.Add(vmo.CommittedChangeEvents);
        if (vmo.Parent is { } link)
        {
            hash.Add(names.Koid(link.ParentKoid));
            hash.Add((ulong)link.Kind);
            hash.Add(link.PageOffset);
            hash.Add(link.Immutable);
            hash.Add(link.ParentLimit);
        }
        else
        {
            hash.Add(Absent);
        }

        hash.Add((ulong)vmo.Children.Count);
        if (!vmo.Children.IsEmpty)
        {
            foreach (var child in vmo.Children)
            {
                hash.Add(names.Koid(child));
            }
        }

        hash.Add(vmo.PagerKoid == 0 ? Absent : names.Koid(vmo.PagerKoid));
        hash.Add(vmo.PhysicalBase);
        if (!symmetric)
        {
            hash.Add(vmo.CreatedAt);
        }
    }

    /// <summary>The free stack from the top: frames seen elsewhere by their number, others as a gap, trailing gaps dropped.</summary>
    private static void AddFreed(ref FingerprintHash hash, Scratch names, KernelState state, bool symmetric)
    {
        if (!symmetric)
        {
            foreach (var frame in state.Memory.Freed)
            {
                hash.Add(frame);
            }

            return;
        }

        var pending = 0UL;
        foreach (var frame in state.Memory.Freed)
        {
            var id = names.SeenAddress(PhysicalMemory.Address(frame));
            if (id == Absent)
            {
                pending++;
                continue;
            }

            hash.Add(pending);
            hash.Add(id);
            pending = 0;
        }
    }

    /// <summary>Per-thread renaming tables, reused from state to state so fingerprinting allocates nothing in the steady state.</summary>
    private sealed class Scratch
    {
        private readonly List<ulong> _koids = [];
        private readonly List<ulong> _stamps = [];
        private readonly Dictionary<ulong, ulong> _addresses = [];
        private bool _symmetric;

        public void Reset(KernelState state, bool symmetric)
        {
            _symmetric = symmetric;
            _addresses.Clear();
            _koids.Clear();
            _stamps.Clear();
            if (!symmetric)
            {
                return;
            }

            foreach (var (koid, _) in state.Objects)
            {
                _koids.Add(koid);
            }

            foreach (var (koid, vmo) in state.Vmos)
            {
                _koids.Add(koid);
                if (vmo.IsDiscardable)
                {
                    _stamps.Add(vmo.Discard.LastUnlock);
                }
            }

            if (!state.Pmts.IsEmpty)
            {
                foreach (var (koid, _) in state.Pmts)
                {
                    _koids.Add(koid);
                }
            }

            _koids.Sort();

            _stamps.Sort();
        }

        public ulong Koid(ulong koid)
        {
            if (!_symmetric)
            {
                return koid;
            }

            var rank = _koids.BinarySearch(koid);
            return rank < 0 ? Absent : (ulong)rank;
        }

        /// <summary>Rank of an unlock stamp among the stamps (equal stamps, equal ranks).</summary>
        public ulong Stamp(ulong stamp)
        {
            var rank = _stamps.BinarySearch(stamp);
            while (rank > 0 && _stamps[rank - 1] == stamp)
            {
                rank--;
            }

            return (ulong)rank;
        }

        /// <summary>A physical address numbered by first appearance (symmetric) or as it is (raw).</summary>
        public ulong Address(ulong address)
        {
            if (!_symmetric)
            {
                return address;
            }

            if (!_addresses.TryGetValue(address, out var id))
            {
                id = (ulong)_addresses.Count;
                _addresses.Add(address, id);
            }

            return id;
        }

        public ulong SeenAddress(ulong address) => _addresses.TryGetValue(address, out var id) ? id : Absent;
    }
}
