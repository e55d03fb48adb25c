using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>mprotect(addr, len, prot): the range must be mapped without holes (ENOMEM).</summary>
public sealed record Mprotect(ulong Addr, ulong Length, uint Prot) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("mprotect", ValueShape.None,
        [P.Word64("addr"), P.Word64("len"), P.Word32("prot")],
        a => new Mprotect(a.Word64(0), a.Word64(1), a.Word32(2)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Addr, Length, Prot];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
