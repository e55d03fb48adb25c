using VmoKernel.Abi;

namespace VmoKernel.Checks.Exhaust;

/// <summary>Kernel constant names for values the scenario writer prints: an exact name, or single-bit names joined by <c>|</c>.</summary>
internal static class Constants
{
    public static readonly string[] CreateOptions = ["ZX_VMO_RESIZABLE", "ZX_VMO_DISCARDABLE", "ZX_VMO_DISCARDABLE_LOCKLESS"];

    private static readonly string[] Levels = ["NORMAL", "WARNING", "CRITICAL", "ALMOST_OOM", "OOM"];

    public static string Level(PressureLevel level) => Levels[(int)level];

    /// <summary>The one constant with this prefix and value (for enumerations such as ops and topics), else the number.</summary>
    public static string Exact(uint value, string prefix) =>
        KernelConstants.All.FirstOrDefault(c => c.Name.StartsWith(prefix, StringComparison.Ordinal) && c.Value == value).Name ?? $"{value}";

    public static string Flags(uint value, string prefix) =>
        Flags(value, KernelConstants.All.Where(c => c.Name.StartsWith(prefix, StringComparison.Ordinal)).Select(c => c.Name).ToArray());

    /// <summary>Flags as names: an exact single name if there is one, else one name per set bit; bits without a name stay a number.</summary>
    public static string Flags(uint value, string[] names)
    {
        if (value == 0)
        {
            return "0";
        }

        var table = KernelConstants.All.Where(c => names.Contains(c.Name)).ToList();
        if (table.FirstOrDefault(c => c.Value == value).Name is { } exact)
        {
            return exact;
        }

        var parts = new List<string>();
        var rest = (ulong)value;
        foreach (var (name, bit) in table.Where(c => c.Value != 0 && (c.Value & (c.Value - 1)) == 0 && (value & c.Value) == c.Value))
        {
            if ((rest & bit) != 0)
            {
                parts.Add(name);
                rest &= ~bit;
            }
        }

        if (rest != 0)
        {
            parts.Add($"0x{rest:x}");
        }

        return string.Join(" | ", parts);
    }
}
