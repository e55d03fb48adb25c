using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>munmap(addr, len): removes every VMA page in the range; a hole is not an error.</summary>
public sealed record Munmap(ulong Addr, ulong Length) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("munmap", ValueShape.None,
        [P.Word64("addr"), P.Word64("len")],
        a => new Munmap(a.Word64(0), a.Word64(1)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Addr, Length];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
