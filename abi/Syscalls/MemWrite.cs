using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>Control call: a store through the current process's mappings.</summary>
public sealed record MemWrite(ulong Address, ByteString Data) : Syscall
{
    public static SyscallDeclaration Declared { get; } = new("mem_write", StatusFamily.MemoryAccess, ValueShape.None,
        [P.Word64("addr"), P.Bytes("data")],
        a => new MemWrite(a.Word64(0), a.Bytes(1)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Address, Data];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
