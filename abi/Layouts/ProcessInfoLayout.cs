using System.Buffers.Binary;

namespace VmoKernel.Abi;

/// <summary>
/// process_getinfo's binary answer (spec/getinfo.md, INV-GETINFO-01; seed 004's offset-linked
/// records), little-endian, offsets counted from the buffer start and 0 meaning none:
/// header <c>{u32 first_procrec_offset; u32 nr_procs}</c>, then per process, in the order asked, a
/// 48-byte procrec <c>{u32 next_procrec_offset; u32 denied_mask; u64 koid; u64 handle_count;
/// u64 committed_bytes; u64 vm_seq; u32 first_vma_offset; u32 reserved}</c> immediately followed by
/// its 32-byte vma records <c>{u32 next_vma_offset; u32 prot; u64 start; u64 end; u64 vmo_koid}</c>
/// in the order given (ascending start). The ABI, so written once: both kernels fill the records from
/// their own state and call this; the scenario side decodes with its own reader (INV-INFO-08's check).
/// </summary>
public static class ProcessInfoLayout
{
    /// <summary>The bytes the answer takes: what E2BIG reports as needed and success reports as used.</summary>
    public static ulong Size(IReadOnlyList<ProcessInfoRecord> records) =>
        records.Aggregate(
            ProcessInfoOptions.HeaderBytes,
            (size, r) => size + ProcessInfoOptions.ProcrecBytes + ((ulong)r.Vmas.Length * ProcessInfoOptions.VmaBytes));

    public static byte[] Encode(IReadOnlyList<ProcessInfoRecord> records)
    {
        var size = Size(records);
        if (size > uint.MaxValue)
        {
            // u32 offsets cannot address it; a buffer this large cannot be asked for by a scenario or harness.
            throw new InvalidOperationException($"process_getinfo answer of {size} bytes exceeds the u32 offsets of the layout");
        }

        var buffer = new byte[size];
        var span = buffer.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, (uint)ProcessInfoOptions.HeaderBytes);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)records.Count);
        var at = (uint)ProcessInfoOptions.HeaderBytes;
        for (var i = 0; i < records.Count; i++)
        {
            at = WriteProcrec(span, at, records[i], last: i == records.Count - 1);
        }

        return buffer;
    }

    /// <summary>Writes one procrec and its vma records at <paramref name="at"/>; returns the offset after them.</summary>
    private static uint WriteProcrec(Span<byte> buffer, uint at, ProcessInfoRecord record, bool last)
    {
        var vmas = at + (uint)ProcessInfoOptions.ProcrecBytes;
        var next = vmas + ((uint)record.Vmas.Length * (uint)ProcessInfoOptions.VmaBytes);
        var rec = buffer[(int)at..];
        BinaryPrimitives.WriteUInt32LittleEndian(rec, last ? 0 : next);
        BinaryPrimitives.WriteUInt32LittleEndian(rec[4..], (uint)record.Denied);
        BinaryPrimitives.WriteUInt64LittleEndian(rec[8..], record.Koid);
        BinaryPrimitives.WriteUInt64LittleEndian(rec[16..], record.HandleCount);
        BinaryPrimitives.WriteUInt64LittleEndian(rec[24..], record.CommittedBytes);
        BinaryPrimitives.WriteUInt64LittleEndian(rec[32..], record.VmSeq);
        BinaryPrimitives.WriteUInt32LittleEndian(rec[40..], record.Vmas.IsEmpty ? 0 : vmas);
        for (var j = 0; j < record.Vmas.Length; j++)
        {
            var vma = record.Vmas[j];
            var slot = buffer[(int)(vmas + ((uint)j * (uint)ProcessInfoOptions.VmaBytes))..];
            var following = j == record.Vmas.Length - 1 ? 0 : vmas + ((uint)(j + 1) * (uint)ProcessInfoOptions.VmaBytes);
            BinaryPrimitives.WriteUInt32LittleEndian(slot, following);
            BinaryPrimitives.WriteUInt32LittleEndian(slot[4..], vma.Prot);
            BinaryPrimitives.WriteUInt64LittleEndian(slot[8..], vma.Start);
            BinaryPrimitives.WriteUInt64LittleEndian(slot[16..], vma.End);
            BinaryPrimitives.WriteUInt64LittleEndian(slot[24..], vma.VmoKoid);
        }

        return next;
    }
}
