using System.Collections.Immutable;
using System.Text;

namespace VmoKernel.Abi;

/// <summary>An immutable run of bytes with value equality (so call records and results compare by content).</summary>
public sealed class ByteString : IEquatable<ByteString>
{
    public static readonly ByteString Empty = new(ImmutableArray<byte>.Empty);

    public ByteString(ImmutableArray<byte> bytes) => Bytes = bytes.IsDefault ? ImmutableArray<byte>.Empty : bytes;

    public ImmutableArray<byte> Bytes { get; }

    public int Length => Bytes.Length;

    public static ByteString Of(ReadOnlySpan<byte> bytes) => new(ImmutableArray.Create(bytes));

    public static ByteString Zeros(int length) => new(ImmutableArray.Create(new byte[length]));

    public bool Equals(ByteString? other) =>
        other is not null && Bytes.AsSpan().SequenceEqual(other.Bytes.AsSpan());

    public override bool Equals(object? obj) => obj is ByteString other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes.AsSpan());
        return hash.ToHashCode();
    }

    /// <summary>
    /// A readable rendering for messages: runs of one byte value are folded (<c>zeros(4096)</c>,
    /// <c>fill(0x53, 4096)</c>), printable text is quoted, anything else is hex.
    /// </summary>
    public override string ToString()
    {
        var span = Bytes.AsSpan();
        if (span.Length == 0)
        {
            return "\"\"";
        }

        var parts = new List<string>();
        var i = 0;
        while (i < span.Length)
        {
            var run = 1;
            while (i + run < span.Length && span[i + run] == span[i])
            {
                run++;
            }

            if (run >= 8)
            {
                parts.Add(span[i] == 0 ? $"zeros({run})" : $"fill(0x{span[i]:x2}, {run})");
                i += run;
                continue;
            }

            var start = i;
            while (i < span.Length && (i - start < 64) && !StartsLongRun(span, i))
            {
                i++;
            }

            parts.Add(Render(span[start..i]));
        }

        return parts.Count == 1 ? parts[0] : $"cat({string.Join(", ", parts)})";
    }

    private static bool StartsLongRun(ReadOnlySpan<byte> span, int i)
    {
        var run = 1;
        while (i + run < span.Length && span[i + run] == span[i] && run < 8)
        {
            run++;
        }

        return run >= 8;
    }

    private static string Render(ReadOnlySpan<byte> chunk)
    {
        var printable = true;
        foreach (var b in chunk)
        {
            printable &= b is >= 0x20 and < 0x7f or (byte)'\n' or (byte)'\t';
        }

        if (!printable)
        {
            return $"bytes({string.Join(", ", chunk.ToArray().Select(b => $"0x{b:x2}"))})";
        }

        var text = new StringBuilder("\"");
        foreach (var b in chunk)
        {
            text.Append(b switch
            {
                (byte)'"' => "\\\"",
                (byte)'\\' => "\\\\",
                (byte)'\n' => "\\n",
                (byte)'\t' => "\\t",
                _ => ((char)b).ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
