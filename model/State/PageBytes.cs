using System.Collections.Immutable;
using VmoKernel.Abi;

namespace VmoKernel.Model.State;

/// <summary>
/// The contents of one page: exactly <see cref="KernelLayout.PageSize"/> immutable bytes with value
/// equality. A page that has never been written is represented by <see cref="Zero"/> or by its absence.
/// </summary>
public sealed class PageBytes : IEquatable<PageBytes>
{
    public static readonly PageBytes Zero = new(ImmutableArray.Create(new byte[KernelLayout.PageSize]));

    private PageBytes(ImmutableArray<byte> bytes) => Bytes = bytes;

    public ImmutableArray<byte> Bytes { get; }

    public bool IsZero => ReferenceEquals(this, Zero) || !Bytes.AsSpan().ContainsAnyExcept((byte)0);

    /// <summary>A page holding <paramref name="page"/>, which must be exactly one page long.</summary>
    public static PageBytes Of(ReadOnlySpan<byte> page) =>
        page.ContainsAnyExcept((byte)0) ? new PageBytes(ImmutableArray.Create(page)) : Zero;

    /// <summary>This page with <paramref name="data"/> stored at byte <paramref name="at"/>.</summary>
    public PageBytes With(int at, ReadOnlySpan<byte> data)
    {
        var copy = Bytes.ToArray();
        data.CopyTo(copy.AsSpan(at));
        return Of(copy);
    }

    public bool Equals(PageBytes? other) =>
        other is not null && (ReferenceEquals(this, other) || Bytes.AsSpan().SequenceEqual(other.Bytes.AsSpan()));

    public override bool Equals(object? obj) => obj is PageBytes other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes.AsSpan());
        return hash.ToHashCode();
    }
}
