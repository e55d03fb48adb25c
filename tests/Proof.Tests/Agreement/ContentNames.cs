using VmoKernel.Model.State;

namespace VmoKernel.Tests.Proof.Agreement;

/// <summary>Names each distinct page content by a number, the zero page by 0, as the encoding's abstract contents.</summary>
public sealed class ContentNames
{
    private readonly Dictionary<PageBytes, uint> _names = [];

    public uint Of(PageBytes bytes)
    {
        if (bytes.IsZero)
        {
            return 0;
        }

        if (!_names.TryGetValue(bytes, out var name))
        {
            name = (uint)_names.Count + 1;
            _names[bytes] = name;
        }

        return name;
    }
}
