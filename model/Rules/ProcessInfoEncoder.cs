using System.Buffers.Binary;
using VmoKernel.Abi;

namespace VmoKernel.Model.Rules;

/// <summary>
/// process_getinfo's binary answer (spec/getinfo.md, INV-GETINFO-01; seed 004's offset-linked
/// records), little-endian, offsets counted from the buffer start and 0 meaning none:
/// header <c>{u32 first_procrec_offset; u32 nr_procs}</c>, then per process, in the order asked, a
/// 48-byte procrec <c>{u32 next_procrec_offset; u32 denied_mask; u64 koid; u64 handle_count;
/// u64 committed_bytes; u64 vm_seq; u32 first_vma_offset; u32 reserved}</c> immediately followed by
/// its 32-byte vma records <c>{u32 next_vma_offset; u32 prot; u64 start; u64 end; u64 vmo_koid}</c>
/// in ascending start.
/// </summary>
public static class ProcessInfoEncoder
{
    /// <summary>The bytes the answer takes: what E2BIG reports as needed and success reports as used.</summary>
    public static ulong Size(IReadOnlyList<ProcessFacts> records) =>
        records.Aggregate(
            ProcessInfoOptions.HeaderBytes,
            (size, r) => size + ProcessInfoOptions.ProcrecBytes + ((ulong)r.Mappings.Length * ProcessInfoOptions.VmaBytes));

    public static byte[] Encode(IReadOnlyList<ProcessFacts> records)
    {
        var size = Size(records);
        if (size > uint.MaxValue)
        {
            // u32 offsets cannot address it; a buffer this large cannot be asked for in the model.
            throw new InvalidOperationException($"process_getinfo answer of {size} bytes exceeds the u32 offsets of the layout");
        }

        var buffer = new byte[size];
        var span = buffer.AsSpan();
        var at = (uint)ProcessInfoOptions.HeaderBytes;
        BinaryPrimitives.WriteUInt32LittleEndian(span, at);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            at = WriteProcrec(span, at, records[i], last: i == records.Count - 1);
        }

        return buffer;
    }

    /// <summary>Writes one procrec and its vma records at <paramref name="at"/>; returns the offset after them.</summary>
    private static uint WriteProcrec(Span<byte> buffer, uint at, ProcessFacts record, bool last)
    {
        var vmas = at + (uint)ProcessInfoOptions.ProcrecBytes;
        var next = vmas + ((uint)record.Mappings.Length * (uint)ProcessInfoOptions.VmaBytes);
        var rec = buffer[(int)at..];
        BinaryPrimitives.WriteUInt32LittleEndian(rec, last ? 0 : next);
        BinaryPrimitives.WriteUInt32LittleEndian(rec[4..], (uint)record.Denied);
        BinaryPrimitives.WriteUInt64LittleEndian(rec[8..], record.Koid);
        BinaryPrimitives.WriteUInt64LittleEndian(rec[16..], record.HandleCount);
        BinaryPrimitives.WriteUInt64LittleEndian(rec[24..], record.CommittedBytes);
        BinaryPrimitives.WriteUInt64LittleEndian(rec[32..], record.VmSeq);
        BinaryPrimitives.WriteUInt32LittleEndian(rec[40..], record.Mappings.IsEmpty ? 0 : vmas);
        for (var j = 0; j < record.Mappings.Length; j++)
        {
            var m = record.Mappings[j];
            var vma = buffer[(int)(vmas + ((uint)j * (uint)ProcessInfoOptions.VmaBytes))..];
            var following = j == record.Mappings.Length - 1 ? 0 : vmas + ((uint)(j + 1) * (uint)ProcessInfoOptions.VmaBytes);
            BinaryPrimitives.WriteUInt32LittleEndian(vma, following);
            BinaryPrimitives.WriteUInt32LittleEndian(vma[4..], m.Permissions);
            BinaryPrimitives.WriteUInt64LittleEndian(vma[8..], m.Address);
            BinaryPrimitives.WriteUInt64LittleEndian(vma[16..], m.End);
            BinaryPrimitives.WriteUInt64LittleEndian(vma[24..], m.VmoKoid);
        }

        return next;
    }
}
