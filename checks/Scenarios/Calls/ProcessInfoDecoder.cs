using System.Buffers.Binary;
using VmoKernel.Abi;

namespace VmoKernel.Checks.Scenarios.Calls;

/// <summary>
/// Turns process_getinfo's raw answer <c>{size, buffer}</c> into the value scenarios match
/// (spec/abi-extensions.md): <c>{size, procs: [{koid, denied, handle_count, committed_bytes, vm_seq,
/// mappings: [{start, end, prot, vmo_koid}]}]}</c>. It parses the layout of spec/getinfo.md
/// (INV-GETINFO-01) by byte offsets on its own, independently of the model's encoder, and refuses a
/// buffer that breaks it (INV-INFO-08): an offset outside the buffer, a record overlapping the header,
/// a chain that loops or does not visit nr_procs records, a size that is not the buffer's length.
/// Other results pass through unchanged (E2BIG's <c>{size: needed}</c> is already in scenario form).
/// </summary>
public static class ProcessInfoDecoder
{
    private const int Header = 8;
    private const int Procrec = 48;
    private const int Vma = 32;

    /// <summary>The result a scenario sees for <paramref name="call"/>.</summary>
    /// <exception cref="InvalidDataException">The kernel's buffer breaks the layout.</exception>
    public static SyscallResult Present(Syscall call, SyscallResult result) =>
        call is ProcessGetinfo && result.Succeeded && result.Value is RecordValue { } raw
            && raw["size"] is IntValue size && raw["buffer"] is BytesValue buffer
            ? result with { Value = Decode(size.Number, buffer.Bytes.Bytes.AsSpan()) }
            : result;

    public static Value Decode(ulong size, ReadOnlySpan<byte> buffer)
    {
        if ((ulong)buffer.Length != size || buffer.Length < Header)
        {
            throw Broken($"size {size} but the buffer holds {buffer.Length} bytes (at least {Header} needed)");
        }

        var first = BinaryPrimitives.ReadUInt32LittleEndian(buffer);
        var count = BinaryPrimitives.ReadUInt32LittleEndian(buffer[4..]);
        var procs = new List<Value>();
        var seen = new HashSet<uint>();
        for (var at = first; at != 0; at = BinaryPrimitives.ReadUInt32LittleEndian(buffer[(int)at..]))
        {
            Within(buffer, at, Procrec, "procrec");
            if (!seen.Add(at) || procs.Count == count)
            {
                throw Broken($"the procrec chain passes offset {at} after {procs.Count} of {count} records");
            }

            procs.Add(DecodeProcrec(buffer, at));
        }

        return procs.Count == count
            ? Value.Record(("size", Value.Int(size)), ("procs", Value.List(procs)))
            : throw Broken($"nr_procs is {count} but the chain holds {procs.Count} records");
    }

    private static Value DecodeProcrec(ReadOnlySpan<byte> buffer, uint at)
    {
        var rec = buffer[(int)at..];
        var mappings = new List<Value>();
        var seen = new HashSet<uint>();
        for (var vma = BinaryPrimitives.ReadUInt32LittleEndian(rec[40..]); vma != 0; vma = BinaryPrimitives.ReadUInt32LittleEndian(buffer[(int)vma..]))
        {
            Within(buffer, vma, Vma, "vma record");
            if (!seen.Add(vma))
            {
                throw Broken($"the vma chain of the procrec at {at} loops at offset {vma}");
            }

            var v = buffer[(int)vma..];
            mappings.Add(Value.Record(
                ("start", Value.Int(BinaryPrimitives.ReadUInt64LittleEndian(v[8..]))),
                ("end", Value.Int(BinaryPrimitives.ReadUInt64LittleEndian(v[16..]))),
                ("prot", Value.Int(BinaryPrimitives.ReadUInt32LittleEndian(v[4..]))),
                ("vmo_koid", Value.Int(BinaryPrimitives.ReadUInt64LittleEndian(v[24..])))));
        }

        return Value.Record(
            ("koid", Value.Int(BinaryPrimitives.ReadUInt64LittleEndian(rec[8..]))),
            ("denied", Value.Int(BinaryPrimitives.ReadUInt32LittleEndian(rec[4..]))),
            ("handle_count", Value.Int(BinaryPrimitives.ReadUInt64LittleEndian(rec[16..]))),
            ("committed_bytes", Value.Int(BinaryPrimitives.ReadUInt64LittleEndian(rec[24..]))),
            ("vm_seq", Value.Int(BinaryPrimitives.ReadUInt64LittleEndian(rec[32..]))),
            ("mappings", Value.List(mappings)));
    }

    private static void Within(ReadOnlySpan<byte> buffer, uint at, int length, string what)
    {
        if (at < Header || (ulong)at + (ulong)length > (ulong)buffer.Length)
        {
            throw Broken($"a {what} at offset {at} ({length} bytes) lies outside the buffer after the header (0..{buffer.Length})");
        }
    }

    private static InvalidDataException Broken(string detail) => new($"INV-INFO-08: process_getinfo buffer: {detail}");
}
