using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>madvise(addr, len, advice): no value, except MADV_NONVOLATILE's <c>{purged}</c> (L-7).</summary>
public sealed record Madvise(ulong Addr, ulong Length, uint Advice) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("madvise", ValueShape.Varies,
        [P.Word64("addr"), P.Word64("len"), P.Word32("advice")],
        a => new Madvise(a.Word64(0), a.Word64(1), a.Word32(2)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Addr, Length, Advice];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
