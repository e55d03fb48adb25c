using System.Runtime.InteropServices;

namespace VmoKernel.Checks.Bench;

/// <summary>The machine a benchmark ran on, as the report prints it: cores, memory, OS and .NET.</summary>
public sealed record MachineInfo(int Cores, string Memory, string OperatingSystem, string DotNet)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        TotalMemory(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    public override string ToString() => $"{Cores} cores, {Memory} memory, {OperatingSystem}, {DotNet}";

    private static string TotalMemory()
    {
        const string meminfo = "/proc/meminfo";
        var line = File.Exists(meminfo) ? File.ReadLines(meminfo).FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        var parts = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: >= 2 } && long.TryParse(parts[1], out var kib)
            ? $"{kib / (1024.0 * 1024.0):F1} GiB"
            : $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024.0 * 1024.0):F1} GiB (as .NET sees it)";
    }
}
