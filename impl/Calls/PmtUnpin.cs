using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>zx_pmt_unpin (INV-PIN-*, D-14): the PMT handle is consumed; a PMT closed without unpin pins for good.</summary>
internal static class PmtUnpin
{
    public static SyscallResult Run(CallContext context, Abi.PmtUnpin call)
    {
        var status = context.View.Lookup(call.Pmt, ObjectKind.Pmt, Rights.None, out var handle);
        if (status != Status.ZxOk)
        {
            return SyscallResult.Error(status);
        }

        var range = handle.Object.Pin!;
        context.Require([(range.VmoKoid, range.VmoActor), (range.ThroughKoid, range.ThroughActor)]);
        var owner = context.Vmo(range.VmoKoid, range.VmoActor);
        var pins = owner.Pins.ToBuilder();
        for (var page = range.FirstPage; page < range.FirstPage + range.PageCount; page++)
        {
            var left = pins.GetValueOrDefault(page) - 1;
            if (left > 0)
            {
                pins[page] = left;
            }
            else
            {
                pins.Remove(page);
            }
        }

        context.View.RemoveHandle(call.Pmt);
        context.Put(owner with { Pins = pins.ToImmutable() });
        var through = context.Vmo(range.ThroughKoid, range.ThroughActor);
        context.Put(through with { PinReferences = through.PinReferences - 1 });
        foreach (var vmo in new[] { owner, through }.DistinctBy(v => v.Koid).OrderBy(v => v.Koid))
        {
            Lifetime.DestroyIfUnreferenced(context, vmo);
        }
        return SyscallResult.ZxOk();
    }
}
