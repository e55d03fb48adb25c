using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>ioctl(uffd, UFFDIO_COPY, {dst, src, len, mode}) -> copy, the bytes installed; the bytes stand for the src buffer and len is their length (L-13).</summary>
public sealed record UffdioCopy(uint Uffd, ulong Dst, ByteString Src, ulong Mode) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("ioctl_uffdio_copy", ValueShape.Integer,
        [P.Word32("uffd"), P.Word64("dst"), P.Bytes("src"), P.Word64("mode")],
        a => new UffdioCopy(a.Word32(0), a.Word64(1), a.Bytes(2), a.Word64(3))) with
    { ValuedFailure = Status.Eagain };

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Uffd, Dst, Src, Mode];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
