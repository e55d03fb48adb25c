using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>read(2) of one uffd_msg from a uffd -> <c>{event, address, flags}</c>; EAGAIN when none is queued (L-10).</summary>
public sealed record UffdRead(uint Uffd) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("uffd_read", ValueShape.Record,
        [P.Word32("uffd")],
        a => new UffdRead(a.Word32(0)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Uffd];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
