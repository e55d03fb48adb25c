using VmoKernel.Abi;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// zx_pmt_unpin(pmt). BAD_HANDLE, WRONG_TYPE; then the pins are released and the PMT handle is consumed
/// (INV-PIN-04), which may end the VMO's life (INV-HANDLE-02).
/// </summary>
public static class PmtUnpin
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.PmtUnpin call)
    {
        if (!HandleLookup.TryGet(state, process, call.Pmt, ObjectType.Pmt, Rights.None, out var handle, out var error))
        {
            return Outcome.Fail(state, error);
        }

        var pmt = state.Pmts[handle.Koid];
        var owner = state.Vmos[pmt.OwnerKoid];
        var pins = owner.Pins;
        for (var page = pmt.FirstPage; page < pmt.FirstPage + pmt.PageCount; page++)
        {
            var count = pins[page] - 1;
            pins = count == 0 ? pins.Remove(page) : pins.SetItem(page, count);
        }

        var after = state.WithVmo(owner with { Pins = pins }) with { Pmts = state.Pmts.Remove(pmt.Koid) };
        return Outcome.ZxOk(Lifetime.Collect(after.RemoveHandle(process, call.Pmt)));
    }
}
