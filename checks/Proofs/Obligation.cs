namespace VmoKernel.Checks.Proofs;

/// <summary>
/// One proof obligation: an invariant (<see cref="SpecId"/>, as in spec/ and docs/design-notes.md)
/// over one transition, its formula in words, and the method that builds its query for a mutant.
/// </summary>
public sealed record Obligation(string SpecId, string Transition, string Formula, Func<Terms, Mutant, ObligationQuery> Build)
{
    public string Name => $"{SpecId} {Transition}";
}
