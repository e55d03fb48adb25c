using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>Control call: a load through the current process's mappings.</summary>
public sealed record MemRead(ulong Address, ulong Length) : Syscall
{
    public static SyscallDeclaration Declared { get; } = new("mem_read", StatusFamily.MemoryAccess, ValueShape.Bytes,
        [P.Word64("addr"), P.Word64("len")],
        a => new MemRead(a.Word64(0), a.Word64(1)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Address, Length];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
