namespace VmoKernel.Checks.Report;

/// <summary>Column titles of the matrix and which kinds of check are must-fail twins.</summary>
public static class CheckKinds
{
    public static IReadOnlyList<CheckKind> All { get; } = Enum.GetValues<CheckKind>();

    public static bool IsTwin(this CheckKind kind) => kind is CheckKind.SeededBug or CheckKind.Mutant or CheckKind.TwinTest;

    /// <summary>The column title in the Markdown table and the entry lists.</summary>
    public static string Title(this CheckKind kind) => kind switch
    {
        CheckKind.Scenario => "scenarios",
        CheckKind.Monitor => "monitors",
        CheckKind.CoyoteTest => "Coyote tests",
        CheckKind.Property => "FsCheck properties",
        CheckKind.Fact => "xunit facts",
        CheckKind.Proof => "Z3 obligations",
        CheckKind.Predicate => "model predicates",
        CheckKind.SeededBug => "seeded bugs (twin)",
        CheckKind.Mutant => "Z3 mutants (twin)",
        CheckKind.TwinTest => "twin tests",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The short column header of the console table.</summary>
    public static string Short(this CheckKind kind) => kind switch
    {
        CheckKind.Scenario => "scn",
        CheckKind.Monitor => "mon",
        CheckKind.CoyoteTest => "coy",
        CheckKind.Property => "prop",
        CheckKind.Fact => "fact",
        CheckKind.Proof => "z3",
        CheckKind.Predicate => "pred",
        CheckKind.SeededBug => "bug",
        CheckKind.Mutant => "mut",
        CheckKind.TwinTest => "twin",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
