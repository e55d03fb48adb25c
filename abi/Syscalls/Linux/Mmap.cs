using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>mmap(addr, len, prot, flags) -> the address: anonymous memory only, so the real call's fd and offset are always -1 and 0 (L-1).</summary>
public sealed record Mmap(ulong Addr, ulong Length, uint Prot, uint Flags) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("mmap", ValueShape.Integer,
        [P.Word64("addr"), P.Word64("len"), P.Word32("prot"), P.Word32("flags")],
        a => new Mmap(a.Word64(0), a.Word64(1), a.Word32(2), a.Word32(3)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Addr, Length, Prot, Flags];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
