namespace VmoKernel.Tests.Proof.Agreement;

/// <summary>
/// Reads decisions from an FsCheck-generated int array, cyclically, 0 once it is empty; so a
/// shrunk array is a simpler scenario and a counterexample replays from its array alone.
/// </summary>
public sealed class Choices(int[] values)
{
    private int _next;

    public int Next(int count)
    {
        if (values.Length == 0 || _next >= values.Length * 4)
        {
            return 0;
        }

        // Mixing in the position keeps a short array from repeating one decision everywhere.
        var value = unchecked(((uint)values[_next % values.Length] * 2654435761u) ^ ((uint)_next * 40503u));
        _next++;
        return (int)((value >> 7) % (uint)count);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
