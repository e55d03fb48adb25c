using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls.Rules;

/// <summary>What closing a handle releases, and how a requested rights mask narrows the rights held.</summary>
internal static class HandleRights
{
    /// <summary>
    /// What losing a handle does to its object: a VMO loses a reference and may die (INV-HANDLE-02); a PMT
    /// that was not unpinned is quarantined on its BTI for good (D-14, D-16).
    /// </summary>
    public static void Release(CallContext context, HandleEntry entry)
    {
        if (entry.Object.Kind == ObjectKind.Vmo)
        {
            var vmo = context.Vmo(entry.Object);
            context.Put(vmo with { HandleCount = vmo.HandleCount - 1 });
            Lifetime.DestroyIfUnreferenced(context, vmo);
        }
        else if (entry.Object is { Kind: ObjectKind.Pmt, Pin: { } pin })
        {
            var bti = context.Bti(pin.Bti);
            context.Put(bti with { QuarantinedPmts = bti.QuarantinedPmts + 1 });
        }
    }

    /// <summary>ZX_RIGHT_SAME_RIGHTS keeps the rights; anything else must be a subset of them.</summary>
    public static bool TryNarrow(Rights held, uint requested, out Rights rights)
    {
        if (requested == (uint)Rights.SameRights)
        {
            rights = held;
            return true;
        }

        rights = (Rights)requested;
        return (rights & ~held) == 0;
    }
}
