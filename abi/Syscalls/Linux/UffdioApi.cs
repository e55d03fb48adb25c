using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>ioctl(uffd, UFFDIO_API, {api, features}) -> <c>{features, ioctls}</c> (L-12).</summary>
public sealed record UffdioApi(uint Uffd, ulong Api, ulong Features) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("ioctl_uffdio_api", ValueShape.Record,
        [P.Word32("uffd"), P.Word64("api"), P.Word64("features")],
        a => new UffdioApi(a.Word32(0), a.Word64(1), a.Word64(2)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Uffd, Api, Features];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
