using System.Buffers.Binary;
using VmoKernel.Abi;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// process_getinfo's binary answer (docs/design-notes.md), little-endian, offsets from the buffer start,
/// 0 meaning none: header <c>{u32 first_procrec_offset; u32 nr_procs}</c>; per process, in the order
/// asked, a 48-byte procrec <c>{u32 next; u32 denied_mask; u64 koid; u64 handle_count; u64 committed_bytes;
/// u64 vm_seq; u32 first_vma_offset; u32 reserved}</c> followed by its 32-byte vma records
/// <c>{u32 next; u32 prot; u64 start; u64 end; u64 vmo_koid}</c>.
/// </summary>
public static class ProcessInfoEncoder
{
    public static ulong Size(IReadOnlyList<ProcessFacts> records) =>
        records.Aggregate(ProcessInfoOptions.HeaderBytes, (size, r) => size + ProcessInfoOptions.ProcrecBytes + ((ulong)r.Mappings.Length * ProcessInfoOptions.VmaBytes));

    public static byte[] Encode(IReadOnlyList<ProcessFacts> records)
    {
        var buffer = new byte[Size(records)];
        var span = buffer.AsSpan();
        var at = (uint)ProcessInfoOptions.HeaderBytes;
        BinaryPrimitives.WriteUInt32LittleEndian(span, at);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var vmas = at + (uint)ProcessInfoOptions.ProcrecBytes;
            var next = vmas + ((uint)record.Mappings.Length * (uint)ProcessInfoOptions.VmaBytes);
            var rec = span[(int)at..];
            BinaryPrimitives.WriteUInt32LittleEndian(rec, i == records.Count - 1 ? 0 : next);
            BinaryPrimitives.WriteUInt32LittleEndian(rec[4..], (uint)record.Denied);
            BinaryPrimitives.WriteUInt64LittleEndian(rec[8..], record.Koid);
            BinaryPrimitives.WriteUInt64LittleEndian(rec[16..], record.HandleCount);
            BinaryPrimitives.WriteUInt64LittleEndian(rec[24..], record.CommittedBytes);
            BinaryPrimitives.WriteUInt64LittleEndian(rec[32..], record.VmSeq);
            BinaryPrimitives.WriteUInt32LittleEndian(rec[40..], record.Mappings.IsEmpty ? 0 : vmas);
            for (var j = 0; j < record.Mappings.Length; j++)
            {
                var mapping = record.Mappings[j];
                var vma = span[(int)(vmas + ((uint)j * (uint)ProcessInfoOptions.VmaBytes))..];
                var following = j == record.Mappings.Length - 1 ? 0 : vmas + ((uint)(j + 1) * (uint)ProcessInfoOptions.VmaBytes);
                BinaryPrimitives.WriteUInt32LittleEndian(vma, following);
                BinaryPrimitives.WriteUInt32LittleEndian(vma[4..], mapping.Permissions);
                BinaryPrimitives.WriteUInt64LittleEndian(vma[8..], mapping.Address);
                BinaryPrimitives.WriteUInt64LittleEndian(vma[16..], mapping.End);
                BinaryPrimitives.WriteUInt64LittleEndian(vma[24..], mapping.Vmo.Koid);
            }

            at = next;
        }

        return buffer;
    }
}
