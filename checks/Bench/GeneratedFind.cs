namespace VmoKernel.Checks.Bench;

/// <summary>
/// One old seeded bug hunted by the <c>Generated</c> harness: the iteration of the first failure carrying the bug's
/// own spec ID (null: a miss), or, when the run stopped at a failure of another spec, that spec (still a miss).
/// </summary>
public sealed record GeneratedFind(string SeededBug, string SpecId, uint? FoundAt, string? OtherSpecId, uint Iterations, double Seconds)
{
    public bool Found => FoundAt is not null;
}
