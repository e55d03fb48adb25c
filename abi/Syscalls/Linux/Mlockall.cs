using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>mlockall(flags): MCL_CURRENT locks every VMA but droppable ones, MCL_FUTURE future mappings (L-5).</summary>
public sealed record Mlockall(uint Flags) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("mlockall", ValueShape.None,
        [P.Word32("flags")],
        a => new Mlockall(a.Word32(0)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Flags];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
