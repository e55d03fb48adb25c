using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>mlock(addr, len): sets VM_LOCKED on the range's VMAs except droppable ones (L-5).</summary>
public sealed record Mlock(ulong Addr, ulong Length) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("mlock", ValueShape.None,
        [P.Word64("addr"), P.Word64("len")],
        a => new Mlock(a.Word64(0), a.Word64(1)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Addr, Length];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
