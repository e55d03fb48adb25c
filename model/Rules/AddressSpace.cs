using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>
/// A root VMAR's layout: [RootVmarBase, RootVmarBase + RootVmarSize). First fit picks the lowest
/// aligned address where the mapping fits; unmapping a range splits mappings that straddle its ends.
/// </summary>
public static class AddressSpace
{
    public const ulong Base = KernelLayout.RootVmarBase;
    public const ulong Size = KernelLayout.RootVmarSize;

    public static bool Overlaps(ProcessState process, ulong address, ulong length) =>
        process.Mappings.Values.Any(m => m.Address < address + length && address < m.End);

    /// <summary>The lowest address aligned to <paramref name="alignment"/> where <paramref name="length"/> bytes are free.</summary>
    public static bool TryFirstFit(ProcessState process, ulong length, ulong alignment, out ulong address)
    {
        var candidate = Base;
        foreach (var mapping in process.Mappings.Values)
        {
            if (mapping.Address >= candidate && mapping.Address - candidate >= length)
            {
                break;
            }

            candidate = Math.Max(candidate, AlignUp(mapping.End, alignment));
        }

        address = candidate;
        return candidate - Base <= Size && length <= Size - (candidate - Base);
    }

    /// <summary>The mappings with [address, address + length) cut out; partial overlaps keep their outer parts.</summary>
    public static ImmutableSortedDictionary<ulong, Mapping> Without(ProcessState process, ulong address, ulong length)
    {
        var end = address + length;
        var mappings = process.Mappings;
        foreach (var m in process.Mappings.Values.Where(m => m.Address < end && address < m.End))
        {
            mappings = mappings.Remove(m.Address);
            if (m.Address < address)
            {
                mappings = mappings.Add(m.Address, m with { Length = address - m.Address });
            }

            if (end < m.End)
            {
                mappings = mappings.Add(end, m with { Address = end, Length = m.End - end, VmoOffset = m.VmoOffset + (end - m.Address) });
            }
        }

        return mappings;
    }

    private static ulong AlignUp(ulong value, ulong alignment) => (value + alignment - 1) & ~(alignment - 1);
}
