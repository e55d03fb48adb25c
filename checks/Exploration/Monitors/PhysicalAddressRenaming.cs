using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// Compares a kernel result with the model's result when physical addresses may differ (the actor
/// kernel allocates frames concurrently, so its frame numbers are its own; design notes, "Frames").
/// Addresses must correspond by a consistent renaming: while a kernel frame stays pinned it always
/// stands for the same model frame, and no two kernel frames stand for one model frame. A pair is
/// forgotten when the last pin that showed it is unpinned, because both kernels may then reuse the frame.
/// </summary>
public sealed class PhysicalAddressRenaming
{
    private readonly Dictionary<ulong, (ulong Model, int Pins)> _kernelToModel = [];
    private readonly Dictionary<ulong, ulong> _modelToKernel = [];
    private readonly Dictionary<(ulong Process, ulong Pmt), List<ulong>> _pinnedByPmt = [];

    /// <summary>
    /// Null when the results agree (and records the pairs a successful pin showed); otherwise why not.
    /// </summary>
    public string? Compare(ulong process, Syscall call, SyscallResult kernel, SyscallResult model)
    {
        if (kernel.Status != model.Status)
        {
            return $"status {kernel} but the model says {model}";
        }

        if (call is not BtiPin || kernel.Value is not RecordValue k || model.Value is not RecordValue m)
        {
            if (call is PmtUnpin unpin && kernel.Succeeded)
            {
                Unpin(process, unpin.Pmt);
            }

            return kernel.Value.Equals(model.Value) ? null : $"value {kernel.Value} but the model says {model.Value}";
        }

        if (!Equals(k["pmt"], m["pmt"]) || k["addrs"] is not ListValue kAddrs || m["addrs"] is not ListValue mAddrs
            || kAddrs.Items.Length != mAddrs.Items.Length)
        {
            return $"value {kernel.Value} but the model says {model.Value}";
        }

        var pairs = kAddrs.Items.Zip(mAddrs.Items, (a, b) => (Kernel: ((IntValue)a).Number, Model: ((IntValue)b).Number)).ToList();
        var proposed = new Dictionary<ulong, ulong>();
        var proposedBack = new Dictionary<ulong, ulong>();
        foreach (var (kAddr, mAddr) in pairs)
        {
            var clash = (_kernelToModel.TryGetValue(kAddr, out var e) && e.Model != mAddr)
                || (_modelToKernel.TryGetValue(mAddr, out var b) && b != kAddr)
                || (proposed.TryGetValue(kAddr, out var p) && p != mAddr)
                || (proposedBack.TryGetValue(mAddr, out var q) && q != kAddr);
            if (clash)
            {
                return $"physical address 0x{kAddr:x} cannot stand for model address 0x{mAddr:x}: the renaming would not be one-to-one (kernel {kernel.Value}, model {model.Value})";
            }

            proposed[kAddr] = mAddr;
            proposedBack[mAddr] = kAddr;
        }

        foreach (var (kAddr, mAddr) in pairs)
        {
            _kernelToModel[kAddr] = (mAddr, _kernelToModel.TryGetValue(kAddr, out var e) ? e.Pins + 1 : 1);
            _modelToKernel[mAddr] = kAddr;
        }

        _pinnedByPmt[(process, ((IntValue)k["pmt"]!).Number)] = [.. pairs.Select(p => p.Kernel)];
        return null;
    }

    private void Unpin(ulong process, uint pmt)
    {
        if (!_pinnedByPmt.Remove((process, pmt), out var addresses))
        {
            return;
        }

        foreach (var kAddr in addresses)
        {
            var (mAddr, pins) = _kernelToModel[kAddr];
            if (pins > 1)
            {
                _kernelToModel[kAddr] = (mAddr, pins - 1);
            }
            else
            {
                _kernelToModel.Remove(kAddr);
                _modelToKernel.Remove(mAddr);
            }
        }
    }
}
