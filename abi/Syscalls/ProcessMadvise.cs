using System.Collections.Immutable;
using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>
/// process_madvise(proc, iovec, advice, flags, vm_seq): advice over many ranges of another process's
/// address space, refused with ESTALE when <paramref name="VmSeq"/> is not the target's current
/// vm_seq. A Linux-style call: OK with the bytes advised, or an errno (spec/getinfo.md).
/// </summary>
public sealed record ProcessMadvise(ulong Proc, ImmutableArray<(ulong Addr, ulong Len)> Iovec, uint Advice, uint Flags, ulong VmSeq) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("process_madvise", ValueShape.Integer,
        [P.Word64("proc"), P.IoVec("iovec"), P.Word32("advice"), P.Word32("flags"), P.Word64("vm_seq")],
        a => new ProcessMadvise(a.Word64(0), a.IoVec(1), a.Word32(2), a.Word32(3), a.Word64(4)));

    public override SyscallDeclaration Declaration => Declared;

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);

    public override IEnumerable<object> Arguments() => [Proc, Iovec, Advice, Flags, VmSeq];

    public bool Equals(ProcessMadvise? other) =>
        other is not null && Proc == other.Proc && Iovec.SequenceEqual(other.Iovec) && Advice == other.Advice
        && Flags == other.Flags && VmSeq == other.VmSeq;

    public override int GetHashCode() => HashCode.Combine(Proc, Iovec.Aggregate(17, (h, v) => HashCode.Combine(h, v)), Advice, Flags, VmSeq);
}
