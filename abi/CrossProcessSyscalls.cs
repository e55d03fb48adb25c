using System.Collections.Immutable;

namespace VmoKernel.Abi;

/// <summary>
/// process_getinfo(procs, flags, mask, buf_size) after seed 004: M facts about N processes (named by
/// koid) in one self-consistent snapshot. A Linux-style call: OK or an errno; its value is
/// <c>{size, buffer}</c>, and on E2BIG <c>{size: needed}</c> (spec/getinfo.md).
/// </summary>
public sealed record ProcessGetinfo(ImmutableArray<ulong> Procs, uint Flags, ulong Mask, ulong BufSize) : Syscall
{
    public override string Name => "process_getinfo";

    public override IEnumerable<object> Arguments() => ["[" + string.Join(", ", Procs) + "]", Flags, Mask, BufSize];

    public bool Equals(ProcessGetinfo? other) =>
        other is not null && Procs.SequenceEqual(other.Procs) && Flags == other.Flags && Mask == other.Mask && BufSize == other.BufSize;

    public override int GetHashCode() => HashCode.Combine(Procs.Aggregate(17, HashCode.Combine), Flags, Mask, BufSize);
}

/// <summary>
/// process_madvise(proc, iovec, advice, flags, vm_seq): advice over many ranges of another process's
/// address space, refused with ESTALE when <paramref name="VmSeq"/> is not the target's current
/// vm_seq. A Linux-style call: OK with the bytes advised, or an errno (spec/getinfo.md).
/// </summary>
public sealed record ProcessMadvise(ulong Proc, ImmutableArray<(ulong Addr, ulong Len)> Iovec, uint Advice, uint Flags, ulong VmSeq) : Syscall
{
    public override string Name => "process_madvise";

    public override IEnumerable<object> Arguments() =>
        [Proc, "[" + string.Join(", ", Iovec.Select(v => $"(0x{v.Addr:x}, 0x{v.Len:x})")) + "]", Advice, Flags, VmSeq];

    public bool Equals(ProcessMadvise? other) =>
        other is not null && Proc == other.Proc && Iovec.SequenceEqual(other.Iovec) && Advice == other.Advice
        && Flags == other.Flags && VmSeq == other.VmSeq;

    public override int GetHashCode() => HashCode.Combine(Proc, Iovec.Aggregate(17, (h, v) => HashCode.Combine(h, v)), Advice, Flags, VmSeq);
}
