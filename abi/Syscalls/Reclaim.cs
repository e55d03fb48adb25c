using P = VmoKernel.Abi.ParameterDeclaration;

namespace VmoKernel.Abi;

/// <summary>Control call: run the reclaimer at a pressure level until nothing more may be reclaimed.</summary>
public sealed record Reclaim(PressureLevel Level) : Syscall
{
    public static SyscallDeclaration Declared { get; } = SyscallDeclaration.Control("reclaim", ValueShape.None,
        [P.Level("level")],
        a => new Reclaim(a.Level(0)));

    public override SyscallDeclaration Declaration => Declared;

    public override IEnumerable<object> Arguments() => [Level];

    public override TResult Accept<TContext, TResult>(ISyscallVisitor<TContext, TResult> visitor, TContext context) => visitor.Visit(this, context);
}
