using System.Buffers.Binary;
using VmoKernel.Abi;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// Reads a process_getinfo buffer back by its byte offsets, independently of the model's encoder, so
/// the invariants can check what the buffer says rather than how it was built. A buffer that breaks
/// the layout (INV-INFO-08, INV-GETINFO-01) yields a message naming the breach instead of records.
/// </summary>
public static class GetinfoBuffer
{
    private const int Header = (int)ProcessInfoOptions.HeaderBytes;
    private const int Procrec = (int)ProcessInfoOptions.ProcrecBytes;
    private const int Vma = (int)ProcessInfoOptions.VmaBytes;

    /// <summary>The records in chain order, or null with <paramref name="breach"/> saying what is wrong.</summary>
    public static IReadOnlyList<ReportedProcess>? Read(ReadOnlySpan<byte> buffer, out string breach)
    {
        breach = "";
        if (buffer.Length < Header)
        {
            breach = $"{buffer.Length} bytes cannot hold the {Header}-byte header";
            return null;
        }

        var count = BinaryPrimitives.ReadUInt32LittleEndian(buffer[4..]);
        var records = new List<ReportedProcess>();
        var expected = (uint)Header;
        for (var at = BinaryPrimitives.ReadUInt32LittleEndian(buffer); at != 0; at = BinaryPrimitives.ReadUInt32LittleEndian(buffer[(int)at..]))
        {
            // Records are packed in order: each one starts where the previous one's vma records end.
            if (at != expected || (ulong)at + Procrec > (ulong)buffer.Length || records.Count == count)
            {
                breach = $"procrec {records.Count} at offset {at}, expected {expected} within {buffer.Length} bytes and at most {count} records";
                return null;
            }

            var vmas = ReadVmas(buffer, at, out expected, out breach);
            if (vmas is null)
            {
                return null;
            }

            var rec = buffer[(int)at..];
            records.Add(new ReportedProcess(
                BinaryPrimitives.ReadUInt64LittleEndian(rec[8..]),
                BinaryPrimitives.ReadUInt32LittleEndian(rec[4..]),
                BinaryPrimitives.ReadUInt64LittleEndian(rec[16..]),
                BinaryPrimitives.ReadUInt64LittleEndian(rec[24..]),
                BinaryPrimitives.ReadUInt64LittleEndian(rec[32..]),
                [.. vmas]));
        }

        if (records.Count != count || expected != buffer.Length)
        {
            breach = $"the chain holds {records.Count} of nr_procs {count} records and ends at {expected} of {buffer.Length} bytes";
            return null;
        }

        return records;
    }

    private static List<ReportedVma>? ReadVmas(ReadOnlySpan<byte> buffer, uint procrec, out uint end, out string breach)
    {
        breach = "";
        var vmas = new List<ReportedVma>();
        end = procrec + Procrec;
        var first = BinaryPrimitives.ReadUInt32LittleEndian(buffer[((int)procrec + 40)..]);
        for (var at = first; at != 0; at = BinaryPrimitives.ReadUInt32LittleEndian(buffer[(int)at..]))
        {
            if (at != end || (ulong)at + Vma > (ulong)buffer.Length)
            {
                breach = $"vma record {vmas.Count} of the procrec at {procrec} is at offset {at}, expected {end} within {buffer.Length} bytes";
                return null;
            }

            var v = buffer[(int)at..];
            vmas.Add(new ReportedVma(
                BinaryPrimitives.ReadUInt64LittleEndian(v[8..]),
                BinaryPrimitives.ReadUInt64LittleEndian(v[16..]),
                BinaryPrimitives.ReadUInt32LittleEndian(v[4..]),
                BinaryPrimitives.ReadUInt64LittleEndian(v[24..])));
            end = at + Vma;
        }

        return vmas;
    }
}
