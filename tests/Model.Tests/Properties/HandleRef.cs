using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Model.Properties;

/// <summary>
/// A handle argument: the <see cref="Index"/>-th handle of the wanted type in the caller's table
/// (modulo their number), or, when <see cref="Bogus"/> is set or no such handle exists, a value that
/// names nothing or something of another type.
/// </summary>
public sealed record HandleRef(int Index, bool Bogus)
{
    private static readonly uint[] BogusValues = [KernelConstants.HandleInvalid, 1, 0x7, 0xffff_ffff, KernelLayout.HandleValue(4000)];

    public uint Resolve(ProcessState process, uint? type)
    {
        var candidates = process.Handles.Where(h => type is null || h.Value.Type == type).Select(h => h.Key).ToList();
        if (Bogus)
        {
            return Index % 3 == 0 && process.Handles.Count > 0
                ? process.Handles.Keys.ElementAt(Index % process.Handles.Count)
                : BogusValues[Index % BogusValues.Length];
        }

        return candidates.Count == 0 ? BogusValues[Index % BogusValues.Length] : candidates[^(1 + (Index % candidates.Count))];
    }

    public override string ToString() => Bogus ? $"bogus#{Index}" : $"#{Index}";
}
