using System.Collections.Immutable;
using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>Linux's 4-argument process_madvise(pidfd, iovec, advice, flags) -> bytes advised (L-15). Same name as the seed-004 5-argument call (<see cref="ProcessMadvise"/>); the catalogue tells them apart by arity.</summary>
public sealed record PidfdMadvise(uint Pidfd, ImmutableArray<(ulong Addr, ulong Len)> Iovec, uint Advice, uint Flags) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("process_madvise", ValueShape.Integer,
        [P.Word32("pidfd"), P.IoVec("iovec"), P.Word32("advice"), P.Word32("flags")],
        a => new PidfdMadvise(a.Word32(0), a.IoVec(1), a.Word32(2), a.Word32(3)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Pidfd, Iovec, Advice, Flags];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);

    public bool Equals(PidfdMadvise? other) => other is not null && Pidfd == other.Pidfd && Iovec.SequenceEqual(other.Iovec) && Advice == other.Advice && Flags == other.Flags;

    public override int GetHashCode() => HashCode.Combine(Pidfd, Iovec.Aggregate(17, (h, v) => HashCode.Combine(h, v)), Advice, Flags);
}
