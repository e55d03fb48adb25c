namespace VmoKernel.Checks.Report;

/// <summary>
/// The kinds of check the matrix has a column for, in column order. The last three are must-fail
/// twins: a deliberate bug (kernel switch, Z3 mutant) or a deliberately broken state or step (a test)
/// that the invariant's check must catch.
/// </summary>
public enum CheckKind
{
    Scenario,
    Monitor,
    CoyoteTest,
    Property,
    Fact,
    Proof,
    Predicate,
    SeededBug,
    Mutant,
    TwinTest,
}
