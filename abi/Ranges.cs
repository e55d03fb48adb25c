namespace VmoKernel.Abi;

/// <summary>
/// Offset arithmetic with explicit overflow: every range check near 2^64 goes through here, so no
/// wrapped sum ever passes a check it should fail (INV-RANGE-01).
/// </summary>
public static class Ranges
{
    public const ulong PageSize = KernelLayout.PageSize;

    /// <summary>The largest VMO size the kernel accepts (VmPageList::MAX_SIZE); see <see cref="VmoLimits"/>.</summary>
    public const ulong MaxVmoSize = VmoLimits.MaxSize;

    /// <summary><paramref name="offset"/> + <paramref name="length"/>, false if it wraps.</summary>
    public static bool TryEnd(ulong offset, ulong length, out ulong end)
    {
        end = unchecked(offset + length);
        return end >= offset;
    }

    /// <summary>Rounds up to a page boundary, false if that wraps past 2^64.</summary>
    public static bool TryRoundUp(ulong value, out ulong rounded)
    {
        var down = value & ~(PageSize - 1);
        if (down == value)
        {
            rounded = value;
            return true;
        }

        rounded = unchecked(down + PageSize);
        return rounded != 0;
    }

    public static ulong RoundDown(ulong value) => value & ~(PageSize - 1);

    public static bool IsAligned(ulong value) => KernelLayout.IsPageAligned(value);

    /// <summary>True when [offset, offset + length) lies within [0, size) without wrapping.</summary>
    public static bool InRange(ulong offset, ulong length, ulong size) =>
        TryEnd(offset, length, out var end) && end <= size;

    /// <summary>
    /// The pages [first, last) touching the byte range; the range must already be known not to wrap
    /// and to lie below a page-rounded size, so rounding the end up cannot wrap either.
    /// </summary>
    public static (ulong First, ulong Last) Pages(ulong offset, ulong length)
    {
        var end = offset + length;
        var last = (end / PageSize) + ((end % PageSize) == 0 ? 0UL : 1UL);
        return (offset / PageSize, last);
    }
}
