using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>Cutting a range out of the mappings it overlaps, shared by map with SPECIFIC_OVERWRITE and unmap.</summary>
internal static class AddressSpace
{
    /// <summary>Removes [address, address + length) from the given mappings, keeping their outer parts; may end VMOs' lives.</summary>
    public static void CutOut(CallContext context, ulong address, ulong length, IReadOnlyList<Mapping> hit)
    {
        var end = address + length;
        foreach (var mapping in hit)
        {
            context.View.RemoveMapping(mapping.Id);
            var pieces = 0;
            if (mapping.Address < address)
            {
                context.View.AddMapping(mapping.Address, address - mapping.Address, mapping.Vmo, mapping.VmoOffset, mapping.Permissions);
                pieces++;
            }

            if (end < mapping.End)
            {
                context.View.AddMapping(end, mapping.End - end, mapping.Vmo, mapping.VmoOffset + (end - mapping.Address), mapping.Permissions);
                pieces++;
            }

            context.Put(context.Vmo(mapping.Vmo).WithMapping(context.ProcessKoid, pieces - 1));
        }

        // The dead are freed in koid order (D-27).
        foreach (var vmo in hit.Select(m => m.Vmo).DistinctBy(v => v.Koid).OrderBy(v => v.Koid))
        {
            Lifetime.DestroyIfUnreferenced(context, context.Vmo(vmo));
        }
    }
}
