namespace VmoKernel.Tests.Proof.Agreement;

/// <summary>
/// Reads decisions from an FsCheck-generated int array, cyclically, 0 once it is empty; so a
/// shrunk array is a simpler scenario and a counterexample replays from its array alone.
/// </summary>
public sealed class Choices(int[] values)
{
    // FsCheck's int arrays are rich in zeros; folding in the whole array keeps a leading 0 from fixing the first decisions.
    private readonly uint _salt = values.Aggregate(17u, (h, v) => unchecked((h * 31u) + (uint)v));

    private int _next;

    public int Next(int count)
    {
        if (values.Length == 0 || _next >= values.Length * 4)
        {
            return 0;
        }

        // Mixing in the position keeps a short array from repeating one decision everywhere.
        var value = unchecked(((uint)values[_next % values.Length] * 2654435761u) ^ ((uint)_next * 40503u) ^ _salt);
        _next++;
        return (int)((value >> 7) % (uint)count);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
