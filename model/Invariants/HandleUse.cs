using VmoKernel.Abi;

namespace VmoKernel.Model.Invariants;

/// <summary>
/// How a call uses one of its handle parameters, as the two-state invariants read it: the rights the
/// handle must carry for the call to succeed (INV-RIGHTS-03: all of <see cref="AllOf"/> and, when it is
/// not empty, at least one of <see cref="AnyOf"/>), or the reason it needs none; and whether the call
/// may change the contents of the VMO it names (INV-CHILD-01).
/// </summary>
public sealed record HandleUse(string Parameter, uint Handle, Rights AllOf, Rights AnyOf, string? NeedsNoRightBecause, bool MayChangeContents)
{
    public static HandleUse Needs(string parameter, uint handle, Rights allOf) => new(parameter, handle, allOf, Rights.None, null, false);

    public static HandleUse NeedsOneOf(string parameter, uint handle, Rights anyOf) => new(parameter, handle, Rights.None, anyOf, null, false);

    public static HandleUse NeedsNone(string parameter, uint handle, string because) => new(parameter, handle, Rights.None, Rights.None, because, false);

    /// <summary>The call may change what the named VMO reads.</summary>
    public HandleUse Changing() => this with { MayChangeContents = true };

    public bool IsSatisfiedBy(Rights held) =>
        (held & AllOf) == AllOf && (AnyOf == Rights.None || (held & AnyOf) != 0);

    public string Required => AnyOf == Rights.None ? $"{AllOf}" : AllOf == Rights.None ? $"one of {AnyOf}" : $"{AllOf} and one of {AnyOf}";
}
