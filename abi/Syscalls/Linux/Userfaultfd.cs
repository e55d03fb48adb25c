using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>userfaultfd(flags) -> a new descriptor for an unconfigured uffd (UFFDIO_API not yet done).</summary>
public sealed record Userfaultfd(uint Flags) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("userfaultfd", ValueShape.Integer,
        [P.Word32("flags")],
        a => new Userfaultfd(a.Word32(0)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Flags];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
