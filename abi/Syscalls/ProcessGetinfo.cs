using System.Collections.Immutable;
using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>
/// process_getinfo(procs, flags, mask, buf_size) after seed 004: M facts about N processes (named by
/// koid) in one self-consistent snapshot. A Linux-style call: OK or an errno; its value is
/// <c>{size, buffer}</c>, and on E2BIG <c>{size: needed}</c> (spec/getinfo.md).
/// </summary>
public sealed record ProcessGetinfo(ImmutableArray<ulong> Procs, uint Flags, ulong Mask, ulong BufSize) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("process_getinfo", ValueShape.Record,
        [P.KoidList("procs"), P.Word32("flags"), P.Word64("mask"), P.Word64("buf_size")],
        a => new ProcessGetinfo(a.Koids(0), a.Word32(1), a.Word64(2), a.Word64(3)))
    with
    { ValuedFailure = Status.E2big };

    public override SyscallDeclaration Declaration => Declared;

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);

    public override IEnumerable<object> Arguments() => [Procs, Flags, Mask, BufSize];

    public bool Equals(ProcessGetinfo? other) =>
        other is not null && Procs.SequenceEqual(other.Procs) && Flags == other.Flags && Mask == other.Mask && BufSize == other.BufSize;

    public override int GetHashCode() => HashCode.Combine(Procs.Aggregate(17, HashCode.Combine), Flags, Mask, BufSize);
}
