using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>zx_vmar_unmap (INV-MAP-02): each change to the address space advances the process's vm_seq.</summary>
internal static class VmarUnmap
{
    public static SyscallResult Run(CallContext context, Abi.VmarUnmap call)
    {
        var status = context.View.Lookup(call.Vmar, ObjectKind.Vmar, Rights.None, out _);
        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        if (!KernelLayout.IsPageAligned(call.Address) || !Ranges.TryRoundUp(call.Length, out var length) || length == 0 ||
            call.Address < KernelLayout.RootVmarBase || call.Address - KernelLayout.RootVmarBase >= KernelLayout.RootVmarSize ||
            length > KernelLayout.RootVmarSize - (call.Address - KernelLayout.RootVmarBase))
        {
            return SyscallResult.Error(Status.ZxErrInvalidArgs);
        }

        var hit = context.View.Mappings.Where(m => m.Address < call.Address + length && call.Address < m.End).ToList();
        if (hit.Count > 0)
        {
            context.Require(hit.Select(m => (m.Vmo.Koid, m.Vmo.Actor!)));
            AddressSpace.CutOut(context, call.Address, length, hit);
        }

        return SyscallResult.ZxOk();
    }
}
