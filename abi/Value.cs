using System.Collections.Immutable;

namespace VmoKernel.Abi;

/// <summary>
/// The value of a call: its out-parameter, a record of several, or nothing. Scenario expectations are
/// matched against values, and the refinement monitor compares the kernel's values with the model's.
/// All values compare by content.
/// </summary>
public abstract record Value
{
    public static readonly Value None = new NoValue();

    public static Value Int(ulong value) => new IntValue(value);

    public static Value Of(ByteString bytes) => new BytesValue(bytes);

    public static Value Record(params (string Name, Value Value)[] fields)
    {
        // A plain loop: exhaust builds a zx_info_vmo_t record for every VMO of every state it stores.
        var built = ImmutableArray.CreateBuilder<Field>(fields.Length);
        foreach (var (name, value) in fields)
        {
            built.Add(new Field(name, value));
        }

        return new RecordValue(built.MoveToImmutable());
    }

    public static Value List(IEnumerable<Value> items) => new ListValue(items.ToImmutableArray());
}

/// <summary>No value (the call has no out-parameter, or it failed).</summary>
public sealed record NoValue : Value
{
    public override string ToString() => "none";
}

/// <summary>An integer: a handle, a size, an address, a koid.</summary>
public sealed record IntValue(ulong Number) : Value
{
    public override string ToString() => Number < 4096 ? Number.ToString() : $"0x{Number:x}";
}

public sealed record BytesValue(ByteString Bytes) : Value
{
    public override string ToString() => Bytes.ToString();
}

/// <summary>One named field of a record value; names are the C struct's field names.</summary>
public sealed record Field(string Name, Value Value);

/// <summary>A record of named fields, in the C struct's order.</summary>
public sealed record RecordValue(ImmutableArray<Field> Fields) : Value
{
    public Value? this[string name] => Fields.FirstOrDefault(f => f.Name == name)?.Value;

    public bool Equals(RecordValue? other) => other is not null && Fields.SequenceEqual(other.Fields);

    public override int GetHashCode() => Fields.Aggregate(17, (h, f) => HashCode.Combine(h, f));

    public override string ToString() => "{" + string.Join(", ", Fields.Select(f => $"{f.Name}: {f.Value}")) + "}";
}

public sealed record ListValue(ImmutableArray<Value> Items) : Value
{
    public bool Equals(ListValue? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Aggregate(19, HashCode.Combine);

    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}
